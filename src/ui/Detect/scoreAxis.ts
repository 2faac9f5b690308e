/** The score chart's y ticks and their labels: few, readable, in the unit the rest of the panel shows. */
export interface ScoreAxis {
  ticks: number[];
  format: (value: number) => string;
}

/** Most ticks on the score axis; more overlap on a 200 px chart. */
const MAX_TICKS = 6;
/** Steps within a decade, densest first: the first that fits MAX_TICKS wins. */
const STEPS = [[1, 2, 5], [1, 3], [1]];

/** `mantissa × 10^decade` for each decade and mantissa inside [lo, hi]. */
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

/** 1-2-5 steps inside [lo, hi], or 1-3, or decades, or every few decades: the densest that stays readable. */
function logTicks(lo: number, hi: number): number[] {
  for (const mantissas of STEPS) {
    const ticks = ticksWith(lo, hi, mantissas);
    if (ticks.length <= MAX_TICKS) return ticks;
  }
  const decades = Math.ceil(Math.log10(hi / lo));
  return ticksWith(lo, hi, [1], Math.ceil(decades / MAX_TICKS));
}

const trimmed = (value: number): string => String(Number(value.toPrecision(3)));

/**
 * Ticks for a log score axis over `domain`. With a score profile the labels are multiples of the
 * threshold (`0.5×`, `1×`, `10×`), as the incidents table reads peaks, and 1× is always a tick;
 * without one (a model saved before profiles), raw errors at 1-2-5 steps.
 */
export function scoreAxis(domain: [number, number], threshold: number, scaled: boolean): ScoreAxis {
  const [lo, hi] = domain;
  if (!(lo > 0 && hi > lo)) return { ticks: [], format: trimmed };
  if (!scaled || !(threshold > 0)) return { ticks: logTicks(lo, hi), format: (value) => value.toExponential(0) };
  const multiples = logTicks(lo / threshold, hi / threshold);
  if (!multiples.includes(1) && lo <= threshold && threshold <= hi) multiples.push(1);
  return {
    ticks: multiples.sort((a, b) => a - b).map((m) => m * threshold),
    format: (value) => `${trimmed(value / threshold)}×`,
  };
}
