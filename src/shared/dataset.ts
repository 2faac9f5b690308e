import type { AnomalyEvent } from './anomaly';
import type { GeneratorConfig } from './generatorConfig';
import type { ImportReport } from './ingest';
import { buffersOf } from './transfer';

export type DatasetSource = 'generated' | 'upload' | 'live';

/** One metric as a column of numbers: the unit of every chart, model and export. */
export interface MetricColumn {
  /** Stable machine name, e.g. `cpu` or `db.ram`; used in log lines and CSV headers. */
  key: string;
  /** Human label, e.g. `CPU %` or `Database RAM %`. */
  label: string;
  values: Float32Array;
}

/** What the dataset list shows without loading the columns. */
export interface DatasetMeta {
  id: string;
  name: string;
  source: DatasetSource;
  createdAt: number;
  rowCount: number;
  columnKeys: string[];
  /** Epoch ms of the first and last row. */
  start: number;
  end: number;
  intervalMs: number;
  /** Bytes the columns occupy in memory and in IndexedDB (roughly). */
  sizeBytes: number;
  eventCount: number;
  hasLabels: boolean;
  /** The configuration that produced a generated dataset. */
  config?: GeneratorConfig;
  /** What importing an uploaded file did (skipped rows, duplicates, gaps, labels). */
  report?: ImportReport;
}

/** A dataset: rows in time order, stored as columns of typed arrays. */
export interface Dataset {
  meta: DatasetMeta;
  /** Epoch milliseconds, one per row, ascending. */
  timestamps: Float64Array;
  columns: MetricColumn[];
  /** Per-row label code (see `labelCode`), or null when there is no ground truth. */
  labels: Uint8Array | null;
  /**
   * 1 where the row stands for a missing step and its values were forward-filled, or null when no
   * step was missing. Such rows are shown as gaps and never used for training.
   */
  missing?: Uint8Array | null;
  events: AnomalyEvent[];
}

/** Every transferable buffer of a dataset, each once (postMessage throws on a buffer listed twice), for Comlink.transfer. */
export function datasetBuffers(dataset: Dataset): ArrayBuffer[] {
  return buffersOf([dataset.timestamps, ...dataset.columns.map((c) => c.values), dataset.labels, dataset.missing]);
}

/** What a copy keeps (see datasetCopy): by default every column, the labels and the events. */
export interface CopyOptions {
  /** Keys of the columns to copy, in the dataset's order; absent: all of them. */
  columns?: readonly string[];
  labels?: boolean;
  /** The ground truth's events, which no computation reads, only the generator's export. */
  events?: boolean;
}

/**
 * Fresh copies of a dataset's arrays, to hand to a worker by transfer while the caller keeps its own: a memcpy per
 * array costs the sending thread far less than postMessage's structured clone of the same tens of megabytes.
 */
export function datasetCopy(dataset: Dataset, { columns, labels = true, events = true }: CopyOptions = {}): Dataset {
  const kept = columns ? dataset.columns.filter((column) => columns.includes(column.key)) : dataset.columns;
  return {
    ...dataset,
    timestamps: dataset.timestamps.slice(),
    columns: kept.map((column) => ({ ...column, values: column.values.slice() })),
    labels: labels ? (dataset.labels?.slice() ?? null) : null,
    missing: dataset.missing?.slice() ?? null,
    events: events ? dataset.events : [],
  };
}
