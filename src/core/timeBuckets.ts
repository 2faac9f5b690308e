import { lowerBound } from './sortedSearch';
import { MS_PER_DAY as DAY_MS, MS_PER_HOUR as HOUR_MS, MS_PER_MINUTE as MINUTE_MS } from './time';

/** A half-open time window [start, end) in epoch ms. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** One calendar month (UTC) of a timestamps array and the rows it holds. */
export interface MonthRange extends TimeWindow {
  year: number;
  /** 0 = January. */
  month: number;
  /** First row in the month and one past the last. */
  from: number;
  to: number;
  /** `2024-01`, stable for React keys and ids. */
  key: string;
  /** `January 2024`. */
  label: string;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Splits ascending timestamps into calendar months (UTC), each with its row range found by
 * binary search; months without rows are left out.
 */
export function monthRanges(timestamps: Float64Array): MonthRange[] {
  const n = timestamps.length;
  if (n === 0) return [];
  const first = new Date(timestamps[0]);
  const last = new Date(timestamps[n - 1]);
  const months: MonthRange[] = [];
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  while (year < last.getUTCFullYear() || (year === last.getUTCFullYear() && month <= last.getUTCMonth())) {
    const start = Date.UTC(year, month, 1);
    const end = Date.UTC(year, month + 1, 1);
    const from = lowerBound(timestamps, start);
    const to = lowerBound(timestamps, end);
    if (to > from) {
      months.push({ year, month, start, end, from, to, key: `${year}-${pad2(month + 1)}`, label: `${MONTH_NAMES[month]} ${year}` });
    }
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  return months;
}

/**
 * The UTC day of an ISO date `YYYY-MM-DD` as [midnight, next midnight); null when not a real date.
 */
export function utcDayWindow(isoDate: string): TimeWindow | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = Date.UTC(year, month, day);
  const check = new Date(start);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  return { start, end: start + DAY_MS };
}

/**
 * `YYYY-MM-DD` of the UTC day holding `time` (the value format of `<input type="date">`).
 */
export function isoDay(time: number): string {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * `YYYY-MM-DD HH:MM` in UTC, for status lines and tooltips (core/time's formatUtc adds seconds).
 */
export function formatUtcMinute(time: number): string {
  const d = new Date(time);
  return `${isoDay(time)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/**
 * Keeps a window inside `bounds`, sliding it rather than shrinking it where possible,
 * and never narrower than `minSpan`.
 */
export function clampWindow(view: TimeWindow, bounds: TimeWindow, minSpan = 0): TimeWindow {
  const boundsSpan = bounds.end - bounds.start;
  const span = Math.min(boundsSpan, Math.max(view.end - view.start, minSpan));
  const start = Math.min(Math.max(view.start, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/**
 * The window `factor` times wider around the same centre, kept inside `bounds`.
 */
export function zoomOutWindow(view: TimeWindow, bounds: TimeWindow, factor = 2): TimeWindow {
  const half = ((view.end - view.start) * factor) / 2;
  const centre = (view.start + view.end) / 2;
  return clampWindow({ start: centre - half, end: centre + half }, bounds);
}

/**
 * The window moved by `fraction` of its width (negative = earlier), kept inside `bounds`.
 */
export function panWindow(view: TimeWindow, bounds: TimeWindow, fraction: number): TimeWindow {
  const shift = (view.end - view.start) * fraction;
  return clampWindow({ start: view.start + shift, end: view.end + shift }, bounds);
}

const TICK_STEPS = [
  MINUTE_MS, 2 * MINUTE_MS, 5 * MINUTE_MS, 10 * MINUTE_MS, 15 * MINUTE_MS, 30 * MINUTE_MS,
  HOUR_MS, 2 * HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, 12 * HOUR_MS,
  DAY_MS, 2 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS,
];

/** Axis ticks and the step between them. */
export interface TimeTicks {
  ticks: number[];
  step: number;
}

/**
 * Round UTC ticks inside [start, end): the smallest step giving at most `maxTicks` ticks.
 * Day steps count from the 1st of each month so month charts read 1, 8, 15, 22.
 */
export function timeTicks(start: number, end: number, maxTicks: number): TimeTicks {
  const span = Math.max(0, end - start);
  const step = TICK_STEPS.find((s) => span / s <= maxTicks) ?? TICK_STEPS[TICK_STEPS.length - 1];
  const ticks: number[] = [];
  if (step < DAY_MS) {
    for (let t = Math.ceil(start / step) * step; t < end; t += step) ticks.push(t);
    return { ticks, step };
  }
  const days = step / DAY_MS;
  for (let t = Math.ceil(start / DAY_MS) * DAY_MS; t < end; t += DAY_MS) {
    const date = new Date(t).getUTCDate();
    // Drop a late-month tick that would crowd the next month's 1st.
    if ((date - 1) % days === 0 && (days === 1 || date <= 29 - Math.ceil(days / 2))) ticks.push(t);
  }
  return { ticks, step };
}

/**
 * Tick label for a time axis: `Jan 5` for day steps or midnight, `HH:MM` (UTC) otherwise.
 */
export function formatTimeTick(time: number, step: number): string {
  const d = new Date(time);
  const isMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
  if (step >= DAY_MS || isMidnight) return `${MONTH_NAMES[d.getUTCMonth()].slice(0, 3)} ${d.getUTCDate()}`;
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
