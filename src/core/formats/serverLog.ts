import type { Dataset } from '../../shared/dataset';
import { MS_PER_DAY, formatUtc, twoDigits } from '../time';

/** Version of the `server_logs.txt` line format, written in its header. */
export const SERVER_LOG_FORMAT = 1;
const ROWS_PER_PART = 8192;

/** The server name a dataset's log lines carry. */
export function serverNameOf(dataset: Pick<Dataset, 'meta'>): string {
  return dataset.meta.config?.serverName ?? 'server';
}

/** A value with exactly two decimals, without toFixed's cost on the common 0..1e6 range. */
export function formatTwoDecimals(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const cents = Math.round(Math.abs(value) * 100);
  if (cents >= 1e12) return value.toFixed(2);
  const sign = value < 0 && cents > 0 ? '-' : '';
  return `${sign}${Math.floor(cents / 100)}.${twoDigits(cents % 100)}`;
}

/** `YYYY-MM-DD HH:MM:SS` (UTC) for row times, caching the date part per day. */
function timestampFormatter(): (ms: number) => string {
  let day = NaN;
  let datePart = '';
  return (ms) => {
    const d = Math.floor(ms / MS_PER_DAY);
    if (d !== day) {
      day = d;
      datePart = formatUtc(d * MS_PER_DAY).slice(0, 10);
    }
    if (ms % 1000 !== 0) return formatUtc(ms); // sub-second times fall back to the slow path
    const seconds = (ms - d * MS_PER_DAY) / 1000;
    return `${datePart} ${twoDigits(Math.floor(seconds / 3600))}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
  };
}

/** Header lines of `server_logs.txt`: comment lines a parser skips and a person reads. */
export function serverLogHeader(dataset: Dataset): string {
  const interval = dataset.meta.intervalMs / 1000;
  return (
    `# server_logs.txt · format ${SERVER_LOG_FORMAT} · times UTC · interval ${interval} s · ${dataset.meta.rowCount} rows\n` +
    `# columns: ${dataset.columns.map((c) => `${c.key} (${c.label})`).join(', ')}\n`
  );
}

/**
 * `server_logs.txt` as text chunks (one Blob part each), so a 100 MB file never becomes one string.
 * One line per row: `2024-01-01 00:00:30 [server-1] cpu=23.50 ram=41.20 disk=55.10 web.cpu=3.20 ...`.
 */
export function serverLogParts(dataset: Dataset): string[] {
  const parts = [serverLogHeader(dataset)];
  const prefix = ` [${serverNameOf(dataset)}]`;
  const keys = dataset.columns.map((c) => ` ${c.key}=`);
  const values = dataset.columns.map((c) => c.values);
  const stamp = timestampFormatter();
  const n = dataset.timestamps.length;
  for (let from = 0; from < n; from += ROWS_PER_PART) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(n, from + ROWS_PER_PART); i++) {
      let line = stamp(dataset.timestamps[i]) + prefix;
      for (let c = 0; c < keys.length; c++) line += keys[c] + formatTwoDecimals(values[c][i]);
      lines.push(line);
    }
    parts.push(lines.join('\n') + '\n');
  }
  return parts;
}

/**
 * `debug_logs.txt`: one line per injected event, as the original tool wrote, e.g.
 * `2024-01-03 14:22:30 [server-1] [ANOMALY] Unexpected Spike | until 2024-01-03 14:27:00 | process app | metrics cpu,ram,disk`.
 */
export function debugLogText(dataset: Pick<Dataset, 'meta' | 'events'>): string {
  const server = serverNameOf(dataset);
  const header = `# debug_logs.txt · format ${SERVER_LOG_FORMAT} · times UTC · ${dataset.events.length} injected anomalies\n`;
  const lines = dataset.events.map(
    (e) => `${formatUtc(e.start)} [${server}] [ANOMALY] ${e.type} | until ${formatUtc(e.end)} | process ${e.process} | metrics ${e.metrics.join(',')}`,
  );
  return header + lines.map((line) => line + '\n').join('');
}
