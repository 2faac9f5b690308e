import { lowerBound } from './sortedSearch';

/** A time series ready to draw: parallel arrays of `length` points in time order. */
export interface SeriesPoints {
  /** Epoch ms per point. */
  times: Float64Array;
  /** Value per point; NaN marks a gap (a bucket or row without a number). */
  values: Float32Array;
  length: number;
  /** True when these are the rows themselves, not a reduction of them. */
  raw: boolean;
}

/** A half-open row range [from, to). */
export interface RowRange {
  from: number;
  to: number;
}

export interface DownsampleOptions {
  /** Pixel columns to reduce to (roughly the chart's plot width). */
  buckets: number;
  /** Return the rows untouched when the range holds at most this many; default 2 × buckets. */
  rawLimit?: number;
}


/**
 * Rows whose timestamps fall in the half-open time window [start, end), found by binary search.
 */
export function rowRangeForTime(timestamps: Float64Array, start: number, end: number): RowRange {
  const from = lowerBound(timestamps, start);
  return { from, to: Math.max(from, lowerBound(timestamps, end)) };
}

/**
 * Reduces rows [from, to) to at most four points per time bucket (first, min, max, last: M4),
 * so every spike keeps its height at any zoom. One pass, one allocation for the whole output.
 * Small ranges (at most `rawLimit` rows) come back as zero-copy views of the input.
 */
export function downsampleM4(
  timestamps: Float64Array,
  values: Float32Array,
  range: RowRange,
  options: DownsampleOptions,
): SeriesPoints {
  const from = Math.max(0, range.from);
  const to = Math.min(range.to, timestamps.length, values.length);
  const count = Math.max(0, to - from);
  const buckets = Math.max(1, Math.floor(options.buckets));
  const rawLimit = options.rawLimit ?? 2 * buckets;
  if (count <= rawLimit) {
    return { times: timestamps.subarray(from, to), values: values.subarray(from, to), length: count, raw: true };
  }

  const outTimes = new Float64Array(4 * buckets);
  const outValues = new Float32Array(4 * buckets);
  let n = 0;
  const t0 = timestamps[from];
  // Slightly wider than the span so the last row lands in the last bucket, not one past it.
  const scale = buckets / ((timestamps[to - 1] - t0) * (1 + 1e-9) || 1);

  let bucket = -1;
  let first = -1;
  let last = -1;
  let minIdx = -1;
  let maxIdx = -1;
  let minVal = 0;
  let maxVal = 0;
  let bucketStart = t0;

  const emit = (index: number): void => {
    outTimes[n] = timestamps[index];
    outValues[n] = values[index];
    n++;
  };
  const flush = (): void => {
    if (first < 0) {
      // A bucket of only NaN: one NaN point so the line breaks there.
      outTimes[n] = bucketStart;
      outValues[n] = Number.NaN;
      n++;
      return;
    }
    const lowFirst = minIdx < maxIdx;
    const a = lowFirst ? minIdx : maxIdx;
    const b = lowFirst ? maxIdx : minIdx;
    emit(first);
    if (a !== first) emit(a);
    if (b !== a && b !== first) emit(b);
    if (last !== b && last !== a && last !== first) emit(last);
  };

  for (let i = from; i < to; i++) {
    const t = timestamps[i];
    const k = Math.floor((t - t0) * scale);
    if (k !== bucket) {
      if (bucket >= 0) flush();
      bucket = k;
      bucketStart = t;
      first = -1;
    }
    const v = values[i];
    if (v !== v) continue; // NaN
    if (first < 0) {
      first = last = minIdx = maxIdx = i;
      minVal = maxVal = v;
      continue;
    }
    last = i;
    if (v < minVal) {
      minVal = v;
      minIdx = i;
    } else if (v > maxVal) {
      maxVal = v;
      maxIdx = i;
    }
  }
  if (bucket >= 0) flush();

  return { times: outTimes.subarray(0, n), values: outValues.subarray(0, n), length: n, raw: false };
}
