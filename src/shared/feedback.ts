/** Types of the user's feedback on incidents (issue 15) that cross the worker boundary. */

/** A stretch of a dataset the user marked as "not an anomaly": an incident's first to last flagged row, epoch ms, both inclusive. */
export interface NotAnomalyMark {
  start: number;
  end: number;
  /** When it was marked (epoch ms). */
  markedAt: number;
}

/**
 * A time when alarms are expected and suppressed (maintenance). Times of day are minutes since
 * 00:00 UTC, the time zone the app shows and generates in: [from, to), `to` up to 1440 (midnight);
 * a `to` before `from` runs past midnight into the next day.
 */
export type MaintenanceWindow =
  /** Once, [start, end) in epoch ms. */
  | { kind: 'once'; start: number; end: number }
  /** Every day, e.g. 02:00–02:30 (from 120, to 150). */
  | { kind: 'daily'; from: number; to: number }
  /** On the given weekdays (0 = Sunday), from–to on each; 0–1440 is the whole day. */
  | { kind: 'weekly'; days: number[]; from: number; to: number };
