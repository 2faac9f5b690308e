/** Counts of values in equal-width bins over [min, max]. */
export interface Histogram {
  min: number;
  max: number;
  binWidth: number;
  /** One count per bin; bin i covers [min + i·binWidth, min + (i+1)·binWidth), the last one closed. */
  counts: Uint32Array;
  /** Values counted (the finite ones); equals the sum of `counts`. */
  total: number;
}

export interface HistogramOptions {
  bins?: number;
  /** Fixed lower edge; values below it are counted in the first bin. Default: the data minimum. */
  min?: number;
  /** Fixed upper edge; values above it are counted in the last bin. Default: the data maximum. */
  max?: number;
}

/**
 * Smallest and largest finite value, skipping NaN; null when there is none.
 */
export function finiteExtent(values: ArrayLike<number>): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Fixed-bin histogram ignoring NaN and infinities. Out-of-range values are clamped into the
 * edge bins so the counts always sum to the number of finite values.
 */
export function histogram(values: ArrayLike<number>, options: HistogramOptions = {}): Histogram {
  const bins = Math.max(1, Math.floor(options.bins ?? 50));
  const extent = finiteExtent(values);
  let min = options.min ?? extent?.[0] ?? 0;
  let max = options.max ?? extent?.[1] ?? 1;
  if (!(max > min)) {
    // A constant series still gets a visible bar in the middle.
    min -= 0.5;
    max += 0.5;
  }
  const binWidth = (max - min) / bins;
  const counts = new Uint32Array(bins);
  const scale = bins / (max - min);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    let k = Math.floor((v - min) * scale);
    if (k < 0) k = 0;
    else if (k >= bins) k = bins - 1;
    counts[k]++;
    total++;
  }
  return { min, max, binWidth, counts, total };
}

/**
 * Histogram for a metric: 0..100 for a percentage metric whose values fit that scale,
 * the data's own range otherwise.
 */
export function metricHistogram(values: ArrayLike<number>, isPercent: boolean, bins = 50): Histogram {
  const extent = finiteExtent(values);
  const fitsPercent = extent !== null && extent[0] >= 0 && extent[1] <= 100;
  return isPercent && (fitsPercent || extent === null) ? histogram(values, { bins, min: 0, max: 100 }) : histogram(values, { bins });
}
