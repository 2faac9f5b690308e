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
  const upper = selectInPlace(finite, n, half);
  if (n % 2 === 1) return upper;
  // Selection leaves every value before `half` no larger than it: their largest is the lower middle.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < half; i++) if (finite[i] > lower) lower = finite[i];
  return (lower + upper) / 2;
}

/**
 * The k-th smallest of values[0..n) (k from 0), rearranging them so that those before k are no larger and those
 * after no smaller (Hoare's selection with a median-of-three pivot: linear on average, no allocation).
 */
export function selectInPlace(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three into values[mid], the smallest to lo and the largest to hi, so the scans below stop in bounds.
    if (values[mid] < values[lo]) swap(values, mid, lo);
    if (values[hi] < values[lo]) swap(values, hi, lo);
    if (values[hi] < values[mid]) swap(values, hi, mid);
    const pivot = values[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a];
  values[a] = values[b];
  values[b] = t;
}

/** Median of ascending values whose NaNs (a typed array's sort puts them last) are left out; NaN when none is left. */
export function sortedMedian(sorted: Float64Array): number {
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? sorted[n >> 1] : (sorted[(n >> 1) - 1] + sorted[n >> 1]) / 2;
}
