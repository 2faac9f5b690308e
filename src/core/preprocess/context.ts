import { MS_PER_DAY, MS_PER_SECOND, utcDayOfWeek, utcHourOfDay } from '../time';

const TWO_PI = 2 * Math.PI;
// Local copies: imported bindings can compile to getter calls (Vitest, tsx), too slow per row.
const DAY_MS = MS_PER_DAY;
const SECOND_MS = MS_PER_SECOND;
const SECONDS_PER_DAY = DAY_MS / SECOND_MS;

/**
 * Time of day and day of week (UTC) as points on circles: [sin, cos] of the hour angle, then
 * [sin, cos] of the weekday angle (0 = Sunday). 23:59 sits next to 00:00 and Saturday next to
 * Sunday, which a plain hour or weekday number would not say.
 */
export function contextFeatures(timestamp: number): [number, number, number, number] {
  const day = (TWO_PI * utcHourOfDay(timestamp)) / 24;
  const week = (TWO_PI * utcDayOfWeek(timestamp)) / 7;
  return [Math.sin(day), Math.cos(day), Math.sin(week), Math.cos(week)];
}

/** Maps sin/cos from [-1, 1] to [0, 1]. */
const unit = (x: number): number => 0.5 + 0.5 * x;

/** Mapped [sin, cos] of the time of day for every whole second (~1 ms to build, 691 KB). */
const SECOND_TABLE = new Float32Array(2 * SECONDS_PER_DAY);
for (let s = 0; s < SECONDS_PER_DAY; s++) {
  const angle = (TWO_PI * s) / SECONDS_PER_DAY;
  SECOND_TABLE[2 * s] = unit(Math.sin(angle));
  SECOND_TABLE[2 * s + 1] = unit(Math.cos(angle));
}
/** Mapped [sin, cos] of the weekday, 0 = Sunday. */
const WEEKDAY_TABLE = Float32Array.from({ length: 14 }, (_, i) => unit((i % 2 === 0 ? Math.sin : Math.cos)((TWO_PI * (i >> 1)) / 7)));

/**
 * Writes contextFeatures(timestamp) at `out[offset..offset + 3]`, mapped from [-1, 1] to [0, 1]
 * so a sigmoid output can reconstruct them like the scaled metrics. Allocates nothing; whole
 * seconds come from a table (trigonometry and float `%` per row cost more than the whole scaling).
 */
export function writeContextFeatures(timestamp: number, out: Float32Array, offset: number): void {
  const day = Math.floor(timestamp / DAY_MS);
  const msOfDay = timestamp - day * DAY_MS;
  const second = Math.floor(msOfDay / SECOND_MS);
  if (second * SECOND_MS === msOfDay) {
    out[offset] = SECOND_TABLE[2 * second];
    out[offset + 1] = SECOND_TABLE[2 * second + 1];
  } else {
    const angle = (TWO_PI * msOfDay) / DAY_MS;
    out[offset] = unit(Math.sin(angle));
    out[offset + 1] = unit(Math.cos(angle));
  }
  const weekday = 2 * (((((day | 0) + 4) % 7) + 7) % 7); // 1970-01-01 was a Thursday
  out[offset + 2] = WEEKDAY_TABLE[weekday];
  out[offset + 3] = WEEKDAY_TABLE[weekday + 1];
}
