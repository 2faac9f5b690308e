import { formatDuration } from '../ingest/interval';
import { formatUtc, MS_PER_DAY } from '../time';

/** Intervals a row may run ahead: a sped-up replay or simulated server steps past the clock, a few intervals at a time. */
const AHEAD_INTERVALS = 10;

/**
 * How far ahead a row may be of the later of the stream's last row and the wall clock. A day
 * covers a skewed clock and a local time without zone read as UTC (at most 14 h off); a stream
 * whose rows are hours or days apart gets ten of its intervals, so a missing row or two in a
 * replay running ahead of the clock is still a gap, not a wrong time.
 * @param intervalMs the stream's step, NaN while unknown
 */
export function aheadTolerance(intervalMs: number): number {
  return Math.max(MS_PER_DAY, Number.isFinite(intervalMs) ? AHEAD_INTERVALS * intervalMs : 0);
}

/**
 * True when a row's time `t` is further ahead than aheadTolerance of both the stream's last
 * accepted row (`lastMs`, -Infinity before the first) and the wall clock `nowMs`. No real source
 * reports times ahead of the real clock, and a replay or simulation ahead of it steps from its
 * last row; accepting such a row would make every later row look late.
 */
export function isFarAhead(t: number, lastMs: number, nowMs: number, intervalMs: number): boolean {
  return t - Math.max(lastMs, nowMs) > aheadTolerance(intervalMs);
}

/** The problem shown for a row skipped by isFarAhead: its time and the rule. */
export function farAheadProblem(t: number, intervalMs: number): string {
  // Date cannot show times beyond ±8.64e15 ms (year 275760); the number still says what came.
  const time = Math.abs(t) <= 8.64e15 ? `${formatUtc(t)} UTC` : `${t} ms since 1970`;
  return `Skipped a row timed ${time}: more than ${formatDuration(aheadTolerance(intervalMs))} ahead of both the stream’s last row and this computer’s clock.`;
}
