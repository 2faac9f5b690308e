/** Median of the finite values (NaN when none); sorts a copy. */
export function medianOf(values: ArrayLike<number>): number {
  return sortedMedian(Float64Array.from(values).filter(Number.isFinite).sort());
}

/** Median of ascending values whose NaNs (a typed array's sort puts them last) are left out; NaN when none is left. */
export function sortedMedian(sorted: Float64Array): number {
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? sorted[n >> 1] : (sorted[(n >> 1) - 1] + sorted[n >> 1]) / 2;
}
