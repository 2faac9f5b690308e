/**
 * The newest rows of a stream, for rolling charts: timestamps, one Float32Array per series, and a
 * score column, kept in arrays of twice the capacity that compact when full, so appending is
 * amortised O(1) and every read is a contiguous subarray.
 */
export class RollingSeries {
  private times: Float64Array;
  private readonly values: Float32Array[];
  private scores: Float32Array;
  private start = 0;
  private end = 0;

  constructor(
    readonly seriesCount: number,
    readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`RollingSeries: capacity must be a positive whole number, got ${capacity}.`);
    this.times = new Float64Array(capacity * 2);
    this.values = Array.from({ length: seriesCount }, () => new Float32Array(capacity * 2));
    this.scores = new Float32Array(capacity * 2);
  }

  get size(): number {
    return this.end - this.start;
  }

  /** Appends rows (values[s][i] is series s at row i); the oldest rows beyond the capacity fall out. */
  append(timestamps: Float64Array, values: readonly Float32Array[], scores: Float32Array): void {
    if (values.length !== this.seriesCount) throw new RangeError(`RollingSeries: expected ${this.seriesCount} series, got ${values.length}.`);
    let from = Math.max(0, timestamps.length - this.capacity);
    if (this.end + (timestamps.length - from) > this.times.length) this.compact(timestamps.length - from);
    for (; from < timestamps.length; from++) {
      this.times[this.end] = timestamps[from];
      for (let s = 0; s < this.seriesCount; s++) this.values[s][this.end] = values[s][from];
      this.scores[this.end] = scores[from];
      this.end++;
    }
    if (this.size > this.capacity) this.start = this.end - this.capacity;
  }

  /** Moves the newest rows to the front, leaving room for `incoming` more. */
  private compact(incoming: number): void {
    const keep = Math.max(0, Math.min(this.size, this.capacity - incoming));
    const from = this.end - keep;
    this.times.copyWithin(0, from, this.end);
    for (const series of this.values) series.copyWithin(0, from, this.end);
    this.scores.copyWithin(0, from, this.end);
    this.start = 0;
    this.end = keep;
  }

  /** The rows with timestamps in [since, ∞): views into the buffer, valid until the next append. */
  since(since: number): { timestamps: Float64Array; values: Float32Array[]; scores: Float32Array } {
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid] < since) lo = mid + 1;
      else hi = mid;
    }
    return {
      timestamps: this.times.subarray(lo, this.end),
      values: this.values.map((series) => series.subarray(lo, this.end)),
      scores: this.scores.subarray(lo, this.end),
    };
  }

  /** The newest timestamp, or NaN when empty. */
  get lastTime(): number {
    return this.size > 0 ? this.times[this.end - 1] : Number.NaN;
  }

  clear(): void {
    this.start = 0;
    this.end = 0;
  }
}
