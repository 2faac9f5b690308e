import type { Dataset, MetricColumn } from '../../shared/dataset';
import type { Preprocessing } from '../../shared/preprocessing';
import { STILL_RUN } from '../preprocess/matrix';
import { isFarAhead } from './futureRows';
import { IntervalTracker } from './intervalTracker';
import type { LiveRow } from './liveRow';

/** A step longer than this many intervals is a gap. */
const GAP_FACTOR = 1.5;

export interface LiveTableOptions {
  /** Column keys, in order (usually the model's features). A row's other keys are ignored, absent ones are NaN. */
  keys: readonly string[];
  /** Human labels per key; default the keys. */
  labels?: readonly string[];
  /** Rows kept: the rolling window charts show and scoring takes its history from. */
  capacity: number;
  /** The step between rows in ms when known (a simulated server); otherwise learnt from the rows. */
  intervalMs?: number | null;
  /** Keep each row's ground-truth label code (simulated rows have one). */
  labelled?: boolean;
  /** The real time (ms) rows are checked against for times far ahead (see isFarAhead); default Date.now. */
  wallClock?: () => number;
  /** What views' `meta` say. */
  id?: string;
  name?: string;
  createdAt?: number;
}

/** What became of an appended row. */
export type AppendResult = 'added' | 'duplicate' | 'older' | 'invalid' | 'future';

export interface LiveTableStats {
  /** Rows added (filled gap rows not included). */
  added: number;
  /** Rows dropped because a row with the same time came first. */
  duplicates: number;
  /** Rows dropped because they were older than the last row (late or out of order). */
  outOfOrder: number;
  /** Rows dropped for a timestamp that is not a finite number. */
  invalid: number;
  /** Rows dropped for a timestamp far ahead of the last row and the wall clock (see isFarAhead). */
  future: number;
  /** Steps longer than 1.5 intervals, and the rows they lacked (estimated from the interval). */
  gaps: number;
  missingRows: number;
  /** New rows pushed out of the window before the scorer took them. */
  evictedUnscored: number;
}

/** The recent rows as a Dataset, and which of them the scorer has not seen yet. */
export interface LiveView {
  /** Rows in time order; filled gap rows are flagged in `missing`. */
  dataset: Dataset;
  /** Dataset rows to score: new since the last take, real rows only, ascending. */
  newRows: Uint32Array;
  /** The first new dataset row: rows from here on are new (filled gap rows among them), the ones before are history. */
  firstNewRow: number;
  /** The table's sequence number of dataset row 0: row r is the (firstSeq + r)-th row since the table began. */
  firstSeq: number;
}

/**
 * Rows before the first new one that scoring needs: the rest of its window and, with the stillness
 * feature, the rows its run compares against (see buildMatrix).
 */
export function scoringHistory(preprocessing: Pick<Preprocessing, 'window' | 'stillness'>): number {
  return Math.max(preprocessing.window - 1, preprocessing.stillness === true ? STILL_RUN - 1 : 0, 0);
}

/**
 * A rolling window of the last `capacity` live rows, stored as typed-array rings. Rows must come in
 * time order: a row older than the last is dropped and counted (a late row cannot be scored in
 * place once later rows were), as is a second row with the same time, and a row far ahead of both
 * the last row and the wall clock (one such row would make every later one late). A gap (a step over 1.5
 * intervals) gets one filled row, flagged missing and holding the last values, so no scoring window
 * spans the gap; filling every lost step would push the history out of a small window.
 */
export class LiveTable {
  private readonly keys: readonly string[];
  private readonly labelsOfKeys: readonly string[];
  private readonly capacity: number;
  private readonly times: Float64Array;
  private readonly columns: Float32Array[];
  private readonly missing: Uint8Array;
  private readonly rowLabels: Uint8Array | null;
  private readonly interval: IntervalTracker;
  private readonly wallClock: () => number;
  private readonly meta: { id: string; name: string; createdAt: number };
  /** Sequence number of the next row stored, and of the first row the scorer has not taken. */
  private nextSeq = 0;
  private takenSeq = 0;
  private readonly counts: LiveTableStats = { added: 0, duplicates: 0, outOfOrder: 0, invalid: 0, future: 0, gaps: 0, missingRows: 0, evictedUnscored: 0 };

  constructor(options: LiveTableOptions) {
    if (!Number.isInteger(options.capacity) || options.capacity < 2) {
      throw new RangeError(`LiveTable: capacity must be a whole number of at least 2, got ${options.capacity}.`);
    }
    this.keys = [...options.keys];
    this.labelsOfKeys = options.labels ? [...options.labels] : this.keys;
    this.capacity = options.capacity;
    this.times = new Float64Array(this.capacity);
    this.columns = this.keys.map(() => new Float32Array(this.capacity));
    this.missing = new Uint8Array(this.capacity);
    this.rowLabels = options.labelled ? new Uint8Array(this.capacity) : null;
    this.interval = new IntervalTracker(options.intervalMs ?? null);
    this.wallClock = options.wallClock ?? Date.now;
    this.meta = { id: options.id ?? 'live', name: options.name ?? 'Live data', createdAt: options.createdAt ?? 0 };
  }

  /** Adds a row after the last one; see the class comment for what is dropped. */
  append(row: LiveRow): AppendResult {
    const t = row.timestamp;
    if (!Number.isFinite(t)) return this.count('invalid');
    const last = this.nextSeq > 0 ? this.times[this.slot(this.nextSeq - 1)] : -Infinity;
    if (isFarAhead(t, last, this.wallClock(), this.interval.intervalMs)) return this.count('future');
    if (this.nextSeq > 0) {
      if (t === last) return this.count('duplicates');
      if (t < last) return this.count('outOfOrder');
      const step = t - last;
      const interval = this.interval.intervalMs;
      if (step > GAP_FACTOR * interval) {
        this.counts.gaps++;
        this.counts.missingRows += Math.max(1, Math.round(step / interval) - 1);
        this.fillGap(last + interval);
      }
      this.interval.observe(step);
    }
    const at = this.store(t, 0, row.label ?? 0);
    this.keys.forEach((key, c) => {
      const value = row.values[key];
      this.columns[c][at] = typeof value === 'number' ? value : NaN;
    });
    this.counts.added++;
    return 'added';
  }

  /** Rows held now, filled ones included. */
  get size(): number {
    return Math.min(this.nextSeq, this.capacity);
  }

  /** Rows stored since the table began (the sequence number of the next row). */
  get rowsSeen(): number {
    return this.nextSeq;
  }

  /** The step between rows in ms, stated or learnt; NaN while unknown. */
  get intervalMs(): number {
    return this.interval.intervalMs;
  }

  /** A snapshot of the counters. */
  stats(): LiveTableStats {
    return { ...this.counts };
  }

  /** The last `count` rows (default all held) for charts; `newRows` lists those the scorer has not taken, without taking them. */
  recent(count = this.size): LiveView {
    return this.viewFrom(this.nextSeq - Math.max(0, Math.min(count, this.size)));
  }

  /**
   * The rows the scorer has not taken yet, with `history` rows before them (see scoringHistory), and
   * marks them taken. Pass `view.dataset` and `view.newRows` to buildMatrix. Null when nothing is new.
   */
  takeNew(history: number): LiveView | null {
    if (this.takenSeq >= this.nextSeq) return null;
    const view = this.viewFrom(this.takenSeq - Math.max(0, history));
    this.takenSeq = this.nextSeq;
    return view;
  }

  private viewFrom(fromSeq: number): LiveView {
    const oldest = this.nextSeq - this.size;
    const first = Math.max(oldest, fromSeq);
    const n = this.nextSeq - first;
    const timestamps = new Float64Array(n);
    const values = this.columns.map(() => new Float32Array(n));
    const missing = new Uint8Array(n);
    const labels = this.rowLabels ? new Uint8Array(n) : null;
    const fresh: number[] = [];
    let anyMissing = false;
    for (let r = 0; r < n; r++) {
      const seq = first + r;
      const at = this.slot(seq);
      timestamps[r] = this.times[at];
      for (let c = 0; c < values.length; c++) values[c][r] = this.columns[c][at];
      missing[r] = this.missing[at];
      if (labels) labels[r] = this.rowLabels![at];
      if (missing[r] !== 0) anyMissing = true;
      else if (seq >= this.takenSeq) fresh.push(r);
    }
    const columns: MetricColumn[] = this.keys.map((key, c) => ({ key, label: this.labelsOfKeys[c] ?? key, values: values[c] }));
    const dataset: Dataset = {
      meta: {
        ...this.meta,
        source: 'live',
        rowCount: n,
        columnKeys: [...this.keys],
        start: n > 0 ? timestamps[0] : NaN,
        end: n > 0 ? timestamps[n - 1] : NaN,
        intervalMs: Number.isNaN(this.interval.intervalMs) ? 0 : this.interval.intervalMs,
        sizeBytes: timestamps.byteLength + values.reduce((sum, v) => sum + v.byteLength, 0) + missing.byteLength + (labels?.byteLength ?? 0),
        eventCount: 0,
        hasLabels: labels !== null,
      },
      timestamps,
      columns,
      labels,
      missing: anyMissing ? missing : null,
      events: [],
    };
    return { dataset, newRows: Uint32Array.from(fresh), firstNewRow: Math.min(n, Math.max(0, this.takenSeq - first)), firstSeq: first };
  }

  /** One missing row at `t` holding the last values, so windows never reach across the gap. */
  private fillGap(t: number): void {
    const from = this.slot(this.nextSeq - 1);
    const at = this.store(t, 1, 0);
    for (const column of this.columns) column[at] = column[from];
  }

  /** Claims the next slot (evicting the oldest row when full) and returns it. */
  private store(t: number, missing: number, label: number): number {
    if (this.nextSeq >= this.capacity) {
      const evicted = this.nextSeq - this.capacity;
      if (evicted >= this.takenSeq) {
        if (this.missing[this.slot(evicted)] === 0) this.counts.evictedUnscored++;
        this.takenSeq = evicted + 1;
      }
    }
    const at = this.slot(this.nextSeq++);
    this.times[at] = t;
    this.missing[at] = missing;
    if (this.rowLabels) this.rowLabels[at] = label;
    return at;
  }

  private slot(seq: number): number {
    return seq % this.capacity;
  }

  private count(what: 'invalid' | 'duplicates' | 'outOfOrder' | 'future'): AppendResult {
    this.counts[what]++;
    return what === 'duplicates' ? 'duplicate' : what === 'outOfOrder' ? 'older' : what;
  }
}
