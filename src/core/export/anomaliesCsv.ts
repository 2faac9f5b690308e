import { float32Cell, idCell, isoTimeCell, numberCell, sharesCell, textCell } from './cells';
import { csvParts } from './csvParts';
import type { FlaggedRowDetail } from './rowDetail';

/** A metric column as the CSV needs it (a dataset's `MetricColumn` fits). */
export interface MetricValues {
  /** Stable machine name, used as the column header. */
  key: string;
  label: string;
  values: Float32Array;
}

/** Everything `anomaliesCsv` writes; every array has one entry per dataset row. */
export interface AnomaliesCsvInput {
  /** Epoch milliseconds. */
  timestamps: Float64Array;
  /** Anomaly score per row; NaN for a row that was not scored. */
  scores: Float32Array;
  threshold: number;
  columns: readonly MetricValues[];
  /** Row indices to write, ascending; default every row whose score is at least the threshold (NaN never). */
  rows?: ArrayLike<number>;
  /** The incident, severity and top metrics of a written row (see `detailFromIncidents`). */
  detail: (row: number) => FlaggedRowDetail;
}

/** The fixed columns, before one column per metric. */
export const ANOMALY_COLUMNS = ['timestamp', 'score', 'threshold', 'severity', 'incident', 'top_metrics'] as const;

/**
 * `anomalies.csv`: one row per flagged timestamp with its ISO 8601 UTC time, score, threshold,
 * severity, incident id, top metrics (`db.cpu 62%; web.cpu 20%`), then each metric's value.
 * Metric columns are headed by the metric key (stable and what the log files use; labels can
 * repeat or change); a key equal to a fixed column name is headed `<key> (metric)`.
 * Returns the file in parts (see `csvParts`); text cells are neutralised against formula injection.
 * @throws RangeError when the arrays differ in length or a row index is out of range
 */
export function anomaliesCsv(input: AnomaliesCsvInput): string[] {
  const { timestamps, scores, columns, detail } = input;
  const n = timestamps.length;
  if (scores.length !== n) throw new RangeError(`There are ${n} timestamps but ${scores.length} scores.`);
  for (const column of columns) {
    if (column.values.length !== n) throw new RangeError(`Column ${column.key} has ${column.values.length} values for ${n} timestamps.`);
  }
  const rows = input.rows ?? flaggedRows(scores, input.threshold);
  const threshold = numberCell(input.threshold);
  const values = columns.map((column) => column.values);
  const header = [...ANOMALY_COLUMNS, ...columns.map((column) => metricHeader(column.key))].map(textCell);
  return csvParts(header, rows.length, (index) => {
    const row = rows[index];
    if (!(row >= 0 && row < n)) throw new RangeError(`Row ${row} is outside the ${n} rows.`);
    const { incident, severity, topMetrics } = detail(row);
    const cells = [isoTimeCell(timestamps[row]), float32Cell(scores[row]), threshold, severity === null ? '' : textCell(severity), idCell(incident), sharesCell(topMetrics)];
    for (const column of values) cells.push(float32Cell(column[row]));
    return cells;
  });
}

/** Indices of the rows whose score is at least the threshold, ascending; NaN scores are never flagged. */
export function flaggedRows(scores: Float32Array, threshold: number): Uint32Array {
  let count = 0;
  for (let r = 0; r < scores.length; r++) if (scores[r] >= threshold) count++;
  const rows = new Uint32Array(count);
  for (let r = 0, i = 0; r < scores.length; r++) if (scores[r] >= threshold) rows[i++] = r;
  return rows;
}

function metricHeader(key: string): string {
  return (ANOMALY_COLUMNS as readonly string[]).includes(key) ? `${key} (metric)` : key;
}
