/**
 * Row order that sorts `timestamps` ascending, stable (rows with equal times keep file order), or
 * null when they already are. Sorted and reversed input, the common cases, take one O(n) pass.
 */
export function timeOrder(timestamps: Float64Array): Uint32Array | null {
  const n = timestamps.length;
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    const step = timestamps[i] - timestamps[i - 1];
    if (step < 0) ascending = false;
    else if (step > 0) descending = false;
  }
  if (ascending) return null;
  const order = new Uint32Array(n);
  if (descending) {
    // Newest-first exports: walk back over runs of equal times, each run kept in file order.
    let out = 0;
    for (let end = n; end > 0; ) {
      let start = end - 1;
      while (start > 0 && timestamps[start - 1] === timestamps[end - 1]) start--;
      for (let i = start; i < end; i++) order[out++] = i;
      end = start;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => timestamps[a] - timestamps[b] || a - b);
}

/** `values` rearranged by `order` (from timeOrder), in a new array. */
export function gather(values: Float64Array, order: Uint32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = values[order[i]];
  return out;
}
