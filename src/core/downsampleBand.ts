import type { DownsampleOptions, RowRange } from './downsample';

/** A range over time ready to draw: parallel arrays of `length` points, each with its low and high end. */
export interface BandPoints {
  times: Float64Array;
  /** NaN at both ends marks a gap. */
  low: Float32Array;
  high: Float32Array;
  length: number;
  /** True when these are the rows themselves, not a reduction of them. */
  raw: boolean;
}

/**
 * Reduces a band over rows [from, to) to the envelope of each time bucket (lowest low, highest high,
 * at the bucket's first and last row), the buckets of downsampleM4 for the same rows and options,
 * so a band drawn beside an M4 line covers every row the line's pixel column covers.
 * Small ranges (at most `rawLimit` rows) come back as zero-copy views of the input.
 */
export function downsampleBand(timestamps: Float64Array, low: Float32Array, high: Float32Array, range: RowRange, options: DownsampleOptions): BandPoints {
  const from = Math.max(0, range.from);
  const to = Math.min(range.to, timestamps.length, low.length, high.length);
  const count = Math.max(0, to - from);
  const buckets = Math.max(1, Math.floor(options.buckets));
  const rawLimit = options.rawLimit ?? 2 * buckets;
  if (count <= rawLimit) {
    return { times: timestamps.subarray(from, to), low: low.subarray(from, to), high: high.subarray(from, to), length: count, raw: true };
  }
  const outTimes = new Float64Array(2 * buckets + 2);
  const outLow = new Float32Array(outTimes.length);
  const outHigh = new Float32Array(outTimes.length);
  let n = 0;
  const t0 = timestamps[from];
  // The same bucket arithmetic as downsampleM4, so both reductions agree on every row's bucket.
  const scale = buckets / ((timestamps[to - 1] - t0) * (1 + 1e-9) || 1);
  let bucket = -1;
  let bucketStart = t0;
  let first = -1;
  let last = -1;
  let lo = 0;
  let hi = 0;
  const push = (t: number, a: number, b: number): void => {
    outTimes[n] = t;
    outLow[n] = a;
    outHigh[n] = b;
    n++;
  };
  const flush = (): void => {
    if (first < 0) return push(bucketStart, Number.NaN, Number.NaN); // a bucket without a value breaks the band
    push(timestamps[first], lo, hi);
    if (last !== first) push(timestamps[last], lo, hi);
  };
  for (let i = from; i < to; i++) {
    const k = Math.floor((timestamps[i] - t0) * scale);
    if (k !== bucket) {
      if (bucket >= 0) flush();
      bucket = k;
      bucketStart = timestamps[i];
      first = -1;
    }
    const a = low[i];
    const b = high[i];
    if (a !== a || b !== b) continue; // NaN
    if (first < 0) {
      first = last = i;
      lo = a;
      hi = b;
      continue;
    }
    last = i;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  if (bucket >= 0) flush();
  return { times: outTimes.subarray(0, n), low: outLow.subarray(0, n), high: outHigh.subarray(0, n), length: n, raw: false };
}
