/** Median of the finite values (NaN when none): the sorted copy's median, found by selection instead of a sort. */
export function medianOf(values: ArrayLike<number>): number {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite[n++] = v;
  }
  if (n === 0) return Number.NaN;
  const half = n >> 1;
  const upper = select(finite.subarray(0, n), half);
  if (n % 2 === 1) return upper;
  // Selection leaves every value before `half` no larger than it: their largest is the lower middle.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < half; i++) if (finite[i] > lower) lower = finite[i];
  return (lower + upper) / 2;
}

/** The k-th smallest value (0-based), by quickselect; reorders `values`. */
export function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const pivot = median3(values[lo], values[(lo + hi) >>> 1], values[hi]);
    let i = lo;
    let j = hi;
    // Hoare partition: equal values stop both scans, so runs of one value stay O(n).
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[lo];
}

function median3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** Median of ascending values whose NaNs (a typed array's sort puts them last) are left out; NaN when none is left. */
export function sortedMedian(sorted: Float64Array): number {
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? sorted[n >> 1] : (sorted[(n >> 1) - 1] + sorted[n >> 1]) / 2;
}
