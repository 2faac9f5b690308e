import { MS_PER_DAY, MS_PER_MINUTE } from './time';

const WEEK_MS = 7 * MS_PER_DAY;
/** Finest seasonal slot: a five-minute job is the shortest recurring pattern worth keeping apart. */
const MIN_SLOT_MS = 5 * MS_PER_MINUTE;
/** Samples a slot needs for a median of its own; emptier slots take the overall one. */
export const MIN_SLOT_SAMPLES = 3;
/** Periods the training rows must span before a slot's median says "usual at this time", not one day's accident. */
const MIN_PERIODS = 4;

/** A repeating period (a day or a week, UTC) cut into equal slots. */
export interface Season {
  periodMs: number;
  slotMs: number;
}

/** The period and slot width for rows spanning `spanMs` at `intervalMs`: a week once four fit, else a day once four fit, else null. */
export function seasonFor(spanMs: number, intervalMs: number): Season | null {
  const slotMs = Math.max(MIN_SLOT_MS, intervalMs);
  for (const periodMs of [WEEK_MS, MS_PER_DAY]) {
    if (spanMs >= MIN_PERIODS * periodMs && slotMs * 4 <= periodMs) return { periodMs, slotMs };
  }
  return null;
}

/** Slots per period. */
export function slotCount(season: Season): number {
  return Math.ceil(season.periodMs / season.slotMs);
}

/** The slot of a timestamp within its period (UTC, from the epoch, so every dataset agrees). */
export function slotOf(time: number, season: Season): number {
  const phase = ((time % season.periodMs) + season.periodMs) % season.periodMs;
  return Math.floor(phase / season.slotMs);
}

/** First and last of some timestamps (Infinity / -Infinity when there are none). */
export function timeSpan(timestamps: ArrayLike<number>): number {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < timestamps.length; i++) {
    first = Math.min(first, timestamps[i]);
    last = Math.max(last, timestamps[i]);
  }
  return timestamps.length > 0 ? last - first : 0;
}
