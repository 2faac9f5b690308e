/** One end of a y axis: a number, the data's own end ('dataMin'/'dataMax'), a rounded one ('auto'), or a rule on the data's end. */
export type DomainBound = number | 'auto' | 'dataMin' | 'dataMax' | ((limit: number) => number);

/** Smallest and largest finite value over `arrays` (only positive ones on a log axis); null when there is none. */
export function extentOf(arrays: readonly ArrayLike<number>[], log: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** A round step (1, 2 or 5 × 10ⁿ) that cuts `span` into about `count` parts, for bounds and ticks people read at a glance. */
export function niceStep(span: number, count: number): number {
  const rough = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** About `count` round ticks from `lo` to `hi` inclusive (the ends rounded outwards when `widen`). */
export function linearTicks(lo: number, hi: number, count = 5, widen = false): { ticks: number[]; lo: number; hi: number } {
  if (!(hi > lo)) return { ticks: Number.isFinite(lo) ? [lo] : [], lo, hi };
  const step = niceStep(hi - lo, count);
  const first = widen ? Math.floor(lo / step) * step : Math.ceil(lo / step - 1e-9) * step;
  const last = widen ? Math.ceil(hi / step) * step : Math.floor(hi / step + 1e-9) * step;
  const ticks: number[] = [];
  // Rounded through the step's digits, so 0.1 + 0.2 reads 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let k = 0, t = first; t <= last + step * 1e-9 && k < 100; k++, t = first + k * step) ticks.push(Number(t.toFixed(digits)));
  return { ticks, lo: widen ? first : lo, hi: widen ? last : hi };
}

/** Steps within a decade for a log axis, densest first: the first that fits wins. */
const LOG_STEPS = [[1, 2, 5], [1, 3], [1]];

/** `mantissa × 10^decade` for each decade (every `everyDecades`-th) and mantissa inside [lo, hi]. */
function ticksWith(lo: number, hi: number, mantissas: readonly number[], everyDecades = 1): number[] {
  const ticks: number[] = [];
  const first = Math.floor(Math.log10(lo));
  for (let decade = first; decade <= Math.ceil(Math.log10(hi)); decade++) {
    if ((decade - first) % everyDecades !== 0) continue;
    for (const mantissa of mantissas) {
      const tick = Number(`${mantissa}e${decade}`);
      if (tick >= lo && tick <= hi) ticks.push(tick);
    }
  }
  return ticks;
}

/** Log-axis ticks in [lo, hi]: 1-2-5 steps, or 1-3, or decades, or every few decades, the densest within `maxTicks`. */
export function logTicks(lo: number, hi: number, maxTicks = 6): number[] {
  if (!(lo > 0 && hi >= lo)) return [];
  for (const mantissas of LOG_STEPS) {
    const ticks = ticksWith(lo, hi, mantissas);
    if (ticks.length <= maxTicks) return ticks;
  }
  const decades = Math.ceil(Math.log10(hi / lo));
  return ticksWith(lo, hi, [1], Math.ceil(decades / maxTicks));
}

/**
 * The y axis's domain from its two bounds and the data's extent, widened to include `include`
 * (e.g. the threshold line). 'auto' rounds a linear axis outwards to round ticks and a log axis to decades.
 */
export function resolveDomain(bounds: readonly [DomainBound, DomainBound], extent: [number, number] | null, log: boolean, include?: number): [number, number] {
  const [dataLo, dataHi] = extent ?? (log ? [1, 10] : [0, 1]);
  const end = (bound: DomainBound, data: number, isLow: boolean): number => {
    if (typeof bound === 'number') return bound;
    if (typeof bound === 'function') return bound(data);
    if (bound === 'auto' && log) return 10 ** (isLow ? Math.floor(Math.log10(data)) : Math.ceil(Math.log10(data)));
    return data;
  };
  let lo = end(bounds[0], dataLo, true);
  let hi = end(bounds[1], dataHi, false);
  if (include !== undefined && Number.isFinite(include) && (!log || include > 0)) {
    lo = Math.min(lo, include);
    hi = Math.max(hi, include);
  }
  if (!log && (bounds[0] === 'auto' || bounds[1] === 'auto')) {
    const nice = linearTicks(lo, hi, 5, true);
    if (bounds[0] === 'auto') lo = nice.lo;
    if (bounds[1] === 'auto') hi = nice.hi;
  }
  if (!(hi > lo)) {
    // One value: a band around it, so the line sits in the middle rather than on an edge.
    const pad = log ? 0 : Math.abs(lo) * 0.1 || 1;
    return log ? [lo / 10, lo * 10] : [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/** Maps data to pixels: time to x across the plot, value to y up the plot (log10 when `log`). */
export interface PlotFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  view: { start: number; end: number };
  domain: [number, number];
  log: boolean;
}

export const xOf = (frame: PlotFrame, t: number): number => frame.left + ((t - frame.view.start) / (frame.view.end - frame.view.start)) * frame.width;

/** The time under pixel `x` (clamped to the view). */
export function timeAtX(frame: PlotFrame, x: number): number {
  const share = Math.min(1, Math.max(0, (x - frame.left) / frame.width));
  return frame.view.start + share * (frame.view.end - frame.view.start);
}

/** y pixel of a value; NaN for a value a log axis cannot show. */
export function yOf(frame: PlotFrame, v: number): number {
  const [lo, hi] = frame.domain;
  if (frame.log) {
    if (!(v > 0)) return Number.NaN;
    return frame.top + frame.height - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * frame.height;
  }
  return frame.top + frame.height - ((v - lo) / (hi - lo)) * frame.height;
}

const px = (value: number): string => (Math.round(value * 10) / 10).toString();

/** One path command per point the axis can place, a new subpath after each it cannot (NaN, or not positive on a log axis). */
function brokenPath(frame: PlotFrame, values: ArrayLike<number>, length: number, segment: (i: number, y: string, open: boolean) => string): string {
  const parts: string[] = [];
  let open = false;
  for (let i = 0; i < length; i++) {
    const y = yOf(frame, values[i]);
    if (!Number.isFinite(y)) {
      open = false;
      continue;
    }
    parts.push(segment(i, px(y), open));
    open = true;
  }
  return parts.join('');
}

/** An SVG path through the points, broken where a value is missing (NaN, or not positive on a log axis). */
export function linePath(frame: PlotFrame, times: ArrayLike<number>, values: ArrayLike<number>, length: number): string {
  return brokenPath(frame, values, length, (i, y, open) => `${open ? 'L' : 'M'}${px(xOf(frame, times[i]))},${y}`);
}

/** Closed SVG shapes between `low` and `high`, one per run of points where both are known. */
export function bandPath(frame: PlotFrame, times: ArrayLike<number>, low: ArrayLike<number>, high: ArrayLike<number>, length: number): string {
  const parts: string[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length > 0) {
      const top = run.map((i, k) => `${k === 0 ? 'M' : 'L'}${px(xOf(frame, times[i]))},${px(yOf(frame, high[i]))}`);
      const bottom = run.reverse().map((i) => `L${px(xOf(frame, times[i]))},${px(yOf(frame, low[i]))}`);
      parts.push(`${top.join('')}${bottom.join('')}Z`);
    }
    run = [];
  };
  for (let i = 0; i < length; i++) {
    if (Number.isFinite(yOf(frame, low[i])) && Number.isFinite(yOf(frame, high[i]))) run.push(i);
    else close();
  }
  close();
  return parts.join('');
}

/** Index of the point whose time is nearest `t` in ascending `times`; -1 when there are none. */
export function nearestIndex(times: ArrayLike<number>, length: number, t: number): number {
  if (length === 0) return -1;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && t - times[lo - 1] <= times[lo] - t ? lo - 1 : lo;
}

/** Flat steps, `y[i]` from `x0[i]` to `x1[i]`, joined at the bin edges and broken where a value is missing. */
export function stepPath(frame: PlotFrame, x0: ArrayLike<number>, x1: ArrayLike<number>, y: ArrayLike<number>, length: number): string {
  return brokenPath(frame, y, length, (i, py, open) => `${open ? 'L' : 'M'}${px(xOf(frame, x0[i]))},${py}H${px(xOf(frame, x1[i]))}`);
}

/** The steps of stepPath closed down to the axis's bottom, from the first placed step to the last: the area under them. */
export function stepAreaPath(frame: PlotFrame, x0: ArrayLike<number>, x1: ArrayLike<number>, y: ArrayLike<number>, length: number): string {
  let first = -1;
  let last = -1;
  for (let i = 0; i < length; i++) {
    if (!Number.isFinite(yOf(frame, y[i]))) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return '';
  const bottom = px(yOf(frame, frame.domain[0]));
  return `${stepPath(frame, x0, x1, y, length)}L${px(xOf(frame, x1[last]))},${bottom}L${px(xOf(frame, x0[first]))},${bottom}Z`;
}
