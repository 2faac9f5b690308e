import type { AnomalyEvent } from '../../shared/anomaly';
import type { Dataset, MetricColumn } from '../../shared/dataset';
import { eventsFromLabels } from '../ingest/labels';
import { lowerBound, upperBound } from '../sortedSearch';

/** Rows a session keeps for saving by default: about 60 MB with a dozen columns. */
export const DEFAULT_RECORDER_CAP = 1_000_000;
const FIRST_CAPACITY = 4096;

export interface SessionRecorderOptions {
  keys: readonly string[];
  /** Human labels per key; default the keys. */
  labels?: readonly string[];
  /** Keep ground-truth label codes (simulated sessions). */
  labelled: boolean;
  /** Rows kept; beyond it the oldest are dropped and counted. */
  cap?: number;
}

/** Rows in columns, e.g. a LiveTable view's dataset: times, per-key values, labels and missing flags. */
export interface RecordedRows {
  timestamps: Float64Array;
  /** One array per key, in the recorder's key order. */
  values: readonly Float32Array[];
  labels: Uint8Array | null;
  missing: Uint8Array | null;
}

/** What a saved session's meta says besides its rows. */
export interface SessionDatasetOptions {
  id: string;
  name: string;
  createdAt: number;
  intervalMs: number;
  /** Anomalies known by time (a simulated server's); moved onto the kept rows. Default: runs of labels. */
  events?: readonly AnomalyEvent[];
}

/**
 * Keeps every row of a live session (times, values, labels when simulated, missing flags) in typed
 * arrays that grow by doubling up to `cap` and then turn into a ring, dropping the oldest rows, so a
 * long session costs bounded memory. {@link toDataset} copies the rows out as a Dataset to save.
 */
export class SessionRecorder {
  private readonly keys: readonly string[];
  private readonly labelsOfKeys: readonly string[];
  private readonly cap: number;
  private capacity: number;
  private times: Float64Array;
  private columns: Float32Array[];
  private labels: Uint8Array | null;
  private missing: Uint8Array;
  /** Slot of the oldest row, and rows held. */
  private head = 0;
  private count = 0;
  private droppedRows = 0;
  private anyMissing = false;

  constructor(options: SessionRecorderOptions) {
    const cap = options.cap ?? DEFAULT_RECORDER_CAP;
    if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`SessionRecorder: cap must be a whole number of at least 1, got ${cap}.`);
    this.keys = [...options.keys];
    this.labelsOfKeys = options.labels ? [...options.labels] : this.keys;
    this.cap = cap;
    this.capacity = Math.min(cap, FIRST_CAPACITY);
    this.times = new Float64Array(this.capacity);
    this.columns = this.keys.map(() => new Float32Array(this.capacity));
    this.labels = options.labelled ? new Uint8Array(this.capacity) : null;
    this.missing = new Uint8Array(this.capacity);
  }

  /** Appends rows `from..` of `rows` (the new rows of a LiveTable view). */
  append(rows: RecordedRows, from = 0): void {
    for (let r = Math.max(0, from); r < rows.timestamps.length; r++) {
      const at = this.claim();
      this.times[at] = rows.timestamps[r];
      for (let c = 0; c < this.columns.length; c++) this.columns[c][at] = rows.values[c][r];
      if (this.labels) this.labels[at] = rows.labels?.[r] ?? 0;
      const gap = rows.missing?.[r] ?? 0;
      this.missing[at] = gap;
      if (gap !== 0) this.anyMissing = true;
    }
  }

  /** Rows held now. */
  get size(): number {
    return this.count;
  }

  /** Rows dropped (oldest first) because the session outgrew the cap. */
  get dropped(): number {
    return this.droppedRows;
  }

  /**
   * The kept rows as a new Dataset (fresh arrays, safe to transfer), source 'live'. Events given by
   * time are moved onto the kept rows (cut at either end); without them, each run of equal labels is one.
   */
  toDataset(options: SessionDatasetOptions): Dataset {
    const n = this.count;
    const timestamps = this.copyOut(this.times, new Float64Array(n));
    const columns: MetricColumn[] = this.keys.map((key, c) => ({ key, label: this.labelsOfKeys[c] ?? key, values: this.copyOut(this.columns[c], new Float32Array(n)) }));
    const labels = this.labels ? this.copyOut(this.labels, new Uint8Array(n)) : null;
    const missing = this.anyMissing ? this.copyOut(this.missing, new Uint8Array(n)) : null;
    const events = options.events ? eventsOnRows(options.events, timestamps) : labels ? eventsFromLabels(labels, timestamps) : [];
    const sizeBytes = timestamps.byteLength + columns.reduce((sum, c) => sum + c.values.byteLength, 0) + (labels?.byteLength ?? 0) + (missing?.byteLength ?? 0);
    return {
      meta: {
        id: options.id,
        name: options.name,
        source: 'live',
        createdAt: options.createdAt,
        rowCount: n,
        columnKeys: [...this.keys],
        start: n > 0 ? timestamps[0] : NaN,
        end: n > 0 ? timestamps[n - 1] : NaN,
        intervalMs: options.intervalMs,
        sizeBytes,
        eventCount: events.length,
        hasLabels: labels !== null,
      },
      timestamps,
      columns,
      labels,
      missing,
      events,
    };
  }

  /** The slot for the next row: grows the arrays until the cap, then reuses the oldest row's. */
  private claim(): number {
    if (this.count === this.capacity) {
      if (this.capacity < this.cap) this.grow(Math.min(this.cap, this.capacity * 2));
      else {
        const at = this.head;
        this.head = (this.head + 1) % this.capacity;
        this.droppedRows++;
        return at;
      }
    }
    return (this.head + this.count++) % this.capacity;
  }

  /** Growing happens only before the ring first fills, so the rows sit at 0..count-1. */
  private grow(capacity: number): void {
    const bigger = <T extends Float64Array | Float32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.times = bigger(this.times, (n) => new Float64Array(n));
    this.columns = this.columns.map((column) => bigger(column, (n) => new Float32Array(n)));
    this.labels = this.labels && bigger(this.labels, (n) => new Uint8Array(n));
    this.missing = bigger(this.missing, (n) => new Uint8Array(n));
    this.capacity = capacity;
  }

  /** Copies the ring's rows, oldest first, into `out`. */
  private copyOut<T extends Float64Array | Float32Array | Uint8Array>(ring: T, out: T): T {
    const firstPart = Math.min(this.count, this.capacity - this.head);
    out.set(ring.subarray(this.head, this.head + firstPart));
    out.set(ring.subarray(0, this.count - firstPart), firstPart);
    return out;
  }
}

/** Events moved onto the rows by time: row indices of the first and last row inside each, those with none left out. */
function eventsOnRows(events: readonly AnomalyEvent[], timestamps: Float64Array): AnomalyEvent[] {
  return events.flatMap((event) => {
    const startIndex = lowerBound(timestamps, event.start);
    const endIndex = upperBound(timestamps, event.end) - 1;
    if (endIndex < startIndex) return [];
    return [{ ...event, metrics: [...event.metrics], start: timestamps[startIndex], end: timestamps[endIndex], startIndex, endIndex }];
  });
}
