import { parseUtcDate } from '../time';
import type { NabWindow } from './nab';

/** A NAB CSV read into columns: the times of its `timestamp` column and every other column as numbers. */
export interface NabTable {
  timestamps: Float64Array;
  columns: Record<string, Float64Array>;
}

/**
 * Reads a NAB data or results CSV (`timestamp,value[,anomaly_score,...]`, times without a zone
 * read as UTC); cells that are not numbers become NaN. Plain splitting: NAB files hold no quotes.
 * @throws RangeError when there is no `timestamp` column or a time does not parse.
 */
export function parseNabCsv(text: string): NabTable {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((name) => name.trim());
  const timeColumn = header.indexOf('timestamp');
  if (timeColumn < 0) throw new RangeError('A NAB CSV needs a timestamp column.');
  const rows = lines.length - 1;
  const timestamps = new Float64Array(rows);
  const columns: Record<string, Float64Array> = {};
  const others = header.map((name, c) => (c === timeColumn ? null : (columns[name] = new Float64Array(rows))));
  for (let r = 0; r < rows; r++) {
    const cells = lines[r + 1].split(',');
    const time = parseUtcDate(cells[timeColumn] ?? '');
    if (Number.isNaN(time)) throw new RangeError(`Row ${r + 2} has no readable timestamp: "${cells[timeColumn]}".`);
    timestamps[r] = time;
    others.forEach((column, c) => {
      if (column) column[r] = cells[c] === undefined || cells[c].trim() === '' ? Number.NaN : Number(cells[c]);
    });
  }
  return { timestamps, columns };
}

/**
 * The windows of one file from NAB's `combined_windows.json`, as timestamps (ms, UTC); the key is
 * the file's path under `data/`, e.g. `realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv`.
 * @throws RangeError when the file has no entry or a time does not parse.
 */
export function nabWindowsOf(windowsJson: unknown, key: string): NabWindow[] {
  const entry = (windowsJson as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(entry)) throw new RangeError(`The windows file has no entry for "${key}".`);
  return entry.map((pair: unknown) => {
    const [start, end] = (Array.isArray(pair) ? pair : []).map((t: unknown) => parseUtcDate(String(t)));
    if (!(start <= end)) throw new RangeError(`A window of "${key}" is not a [start, end] pair of times.`);
    return [start, end] as const;
  });
}
