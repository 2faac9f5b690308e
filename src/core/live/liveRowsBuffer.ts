import type { LiveRows } from '../../shared/live';

interface Chunk {
  timestamps: Float64Array;
  values: Float32Array[];
  scores: Float32Array;
  labels: Uint8Array | null;
}

/**
 * Scored rows waiting for the next update: chunks as the scorer produced them, joined into one
 * LiveRows on {@link take}. Rows filled in for a gap go out with NaN values, so a chart shows the gap.
 */
export class LiveRowsBuffer {
  private chunks: Chunk[] = [];
  private count = 0;

  constructor(
    private readonly featureCount: number,
    private readonly labelled: boolean,
  ) {}

  /** Adds rows `from..` of a view: its times, per-feature values, labels and missing flags, with their scores. */
  push(
    view: { timestamps: Float64Array; values: readonly Float32Array[]; labels: Uint8Array | null; missing: Uint8Array | null },
    from: number,
    scores: Float32Array,
  ): void {
    const n = view.timestamps.length - from;
    if (n <= 0) return;
    const values = view.values.map((column) => column.slice(from));
    if (view.missing) {
      for (let r = 0; r < n; r++) if (view.missing[from + r] !== 0) for (const column of values) column[r] = NaN;
    }
    const labels = this.labelled ? (view.labels?.slice(from) ?? new Uint8Array(n)) : null;
    this.chunks.push({ timestamps: view.timestamps.slice(from), values, scores: scores.slice(0, n), labels });
    this.count += n;
  }

  /** Rows waiting. */
  get size(): number {
    return this.count;
  }

  /** Every waiting row as one LiveRows (fresh arrays, safe to transfer), and forgets them. */
  take(): LiveRows {
    const n = this.count;
    const rows: LiveRows = {
      timestamps: new Float64Array(n),
      values: Array.from({ length: this.featureCount }, () => new Float32Array(n)),
      scores: new Float32Array(n),
      labels: this.labelled ? new Uint8Array(n) : null,
    };
    let at = 0;
    for (const chunk of this.chunks) {
      rows.timestamps.set(chunk.timestamps, at);
      chunk.values.forEach((column, f) => rows.values[f].set(column, at));
      rows.scores.set(chunk.scores, at);
      if (rows.labels && chunk.labels) rows.labels.set(chunk.labels, at);
      at += chunk.timestamps.length;
    }
    this.chunks = [];
    this.count = 0;
    return rows;
  }
}

/** Every buffer of a LiveRows, each once, for Comlink.transfer. */
export function liveRowsBuffers(rows: LiveRows): ArrayBuffer[] {
  const buffers = [rows.timestamps.buffer, rows.scores.buffer, ...rows.values.map((v) => v.buffer)];
  if (rows.labels) buffers.push(rows.labels.buffer);
  return [...new Set(buffers)] as ArrayBuffer[];
}
