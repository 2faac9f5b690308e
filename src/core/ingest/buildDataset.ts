import { LABELLED_CODE, type AnomalyEvent } from '../../shared/anomaly';
import type { Dataset, MetricColumn } from '../../shared/dataset';
import type { ImportReport } from '../../shared/ingest';
import type { AlignedTable } from './align';
import { eventsFromLabels, type ParsedLabels } from './labels';

/**
 * A Dataset from an aligned table, its labels and the import's report.
 *
 * With a label file, pass its ParsedLabels here and its `labels` to alignTable as the table's
 * labels: the dataset keeps `aligned.labels` (codes as the file gave them) and the file's events,
 * moved onto the aligned rows. Without one, `aligned.labels` is a 0/1 label column: each 1 becomes
 * LABELLED_CODE and each run of them an event. Column keys are the column names made unique
 * (`cpu`, `cpu_2`); an empty name becomes `col<N>`.
 */
export function buildImportedDataset(
  aligned: AlignedTable,
  labels: ParsedLabels | null,
  report: ImportReport,
  options: { id: string; name: string; createdAt: number },
): Dataset {
  const { timestamps } = aligned;
  const rows = timestamps.length;
  const columns = metricColumns(aligned.columns);
  const rowLabels = labels ? fileLabels(aligned, labels) : aligned.labels && columnLabels(aligned.labels);
  const events = labels ? labels.events.map((event) => moveOntoGrid(event, aligned)) : rowLabels ? eventsFromLabels(rowLabels, timestamps) : [];
  const labelSummary = rowLabels
    ? { source: labels?.source ?? report.labels?.source ?? 'label column', labelledRows: countLabelled(rowLabels), events: events.length }
    : null;
  const sizeBytes =
    timestamps.byteLength + columns.reduce((sum, c) => sum + c.values.byteLength, 0) + (rowLabels?.byteLength ?? 0) + (aligned.missing?.byteLength ?? 0);
  return {
    meta: {
      id: options.id,
      name: options.name,
      source: 'upload',
      createdAt: options.createdAt,
      rowCount: rows,
      columnKeys: columns.map((c) => c.key),
      start: rows > 0 ? timestamps[0] : NaN,
      end: rows > 0 ? timestamps[rows - 1] : NaN,
      intervalMs: aligned.report.intervalMs,
      sizeBytes,
      eventCount: events.length,
      hasLabels: rowLabels !== null,
      report: { ...report, ...aligned.report, labels: labelSummary },
    },
    timestamps,
    columns,
    labels: rowLabels,
    missing: aligned.missing,
    events,
  };
}

/** Columns keyed by their names, made unique; the label is the name as the file wrote it. */
function metricColumns(columns: AlignedTable['columns']): MetricColumn[] {
  const used = new Set<string>();
  return columns.map((column, i) => {
    const name = column.name.trim() || `col${i + 1}`;
    let key = name;
    for (let n = 2; used.has(key); n++) key = `${name}_${n}`;
    used.add(key);
    return { key, label: name, values: column.values };
  });
}

function fileLabels(aligned: AlignedTable, labels: ParsedLabels): Uint8Array {
  if (aligned.labels) return aligned.labels;
  // Labels read against the aligned timestamps already line up; anything else is a caller's slip.
  if (labels.labels.length === aligned.timestamps.length) return labels.labels;
  throw new Error("buildImportedDataset: pass the label file's labels through alignTable as the table's labels.");
}

/** A 0/1 label column as label codes: any non-zero value is a labelled anomaly of unknown kind. */
function columnLabels(labels: Uint8Array): Uint8Array {
  const out = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) if (labels[i] !== 0) out[i] = LABELLED_CODE;
  return out;
}

function countLabelled(labels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] !== 0) count++;
  return count;
}

/** An event's ends moved to the nearest grid rows, where alignment put the rows they named. */
function moveOntoGrid(event: AnomalyEvent, aligned: AlignedTable): AnomalyEvent {
  const { timestamps } = aligned;
  const last = timestamps.length - 1;
  const step = aligned.report.intervalMs;
  const index = (time: number) => Math.min(last, Math.max(0, Math.round((time - timestamps[0]) / step)));
  const startIndex = index(event.start);
  const endIndex = Math.max(startIndex, index(event.end));
  return { ...event, start: timestamps[startIndex], end: timestamps[endIndex], startIndex, endIndex };
}
