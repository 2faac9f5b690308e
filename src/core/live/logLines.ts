import { matchOriginalLine } from '../ingest/originalLogRows';
import { isMissingCell, notANumberReason, parseNumber } from '../ingest/numbers';
import { TimeReader } from '../ingest/timeFormats';
import { parseUtcDate } from '../time';
import type { LiveRow } from './liveRow';
import { liveError, type LiveMessageError } from './liveProblem';

/** `YYYY-MM-DD HH:MM:SS [`: how both log formats' lines begin. */
const LOG_START = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[/;
const SERVER_LINE = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \[[^\]]*\](.*)$/;
const SERVER_LAYOUT = 'expected "YYYY-MM-DD HH:MM:SS [server] cpu=23.5 ram=41.2 ..." or "YYYY-MM-DD HH:MM:SS [server] [CPU]: ... 23.5%"';
const times = new TimeReader('datetime');

/** A parsed log line, and whether it came from the original tool's one-metric-per-line format. */
export interface LogLineRow {
  row: LiveRow;
  /** One metric per line: rows of the same time are parts of one row. */
  partial: boolean;
}

/** True when a line starts like either log format (`YYYY-MM-DD HH:MM:SS [`). */
export function looksLikeLogLine(line: string): boolean {
  return LOG_START.test(line);
}

/**
 * Reads one log line: the original tool's `2024-01-01 00:00:30 [server-1] [CPU]: CPU usage at 23.5%`
 * (one value, keyed by its component, e.g. `CPU`) or this app's `server_logs.txt` line
 * `2024-01-01 00:00:30 [server-1] cpu=23.50 ram=41.20 ...` (every key=value pair; `NaN` or empty is NaN).
 * Times are UTC. The server name is not kept: a live source is one server.
 */
export function parseLogLine(line: string): LogLineRow | LiveMessageError {
  const original = matchOriginalLine(line);
  if (original !== null) {
    if (Number.isNaN(original.value)) return liveError('bad-value', `the ${original.component} line does not end with a number`, line);
    const timestamp = parseUtcDate(original.time);
    if (Number.isNaN(timestamp)) return liveError('bad-time', `the time "${original.time}" is not a valid date`, line);
    return { row: { timestamp, values: { [original.component]: original.value } }, partial: true };
  }
  const m = SERVER_LINE.exec(line);
  if (m === null) return liveError('unknown-format', `not a log line this app reads (${SERVER_LAYOUT})`, line);
  const timestamp = times.readCell(m[1]);
  if (Number.isNaN(timestamp)) return liveError('bad-time', `the time "${m[1]}" is not a valid date`, line);
  const rest = m[2].trim();
  if (rest.startsWith('[')) return liveError('not-metric-line', 'a log message (e.g. a debug or anomaly notice), not a metric line', line);
  const values: Record<string, number> = {};
  let count = 0;
  for (const pair of rest.split(/\s+/)) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) return liveError('unknown-format', `"${pair}" is not a key=value pair (${SERVER_LAYOUT})`, line);
    const key = pair.slice(0, eq);
    const cell = pair.slice(eq + 1);
    const value = parseNumber(cell);
    if (Number.isNaN(value) && !isMissingCell(cell)) return liveError('bad-value', notANumberReason(cell, key), line);
    values[key] = value;
    count++;
  }
  if (count === 0) return liveError('no-values', 'the log line has a time but no key=value metrics', line);
  return { row: { timestamp, values }, partial: false };
}
