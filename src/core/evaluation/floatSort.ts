/** Below this length the native sort wins: the radix sort's fixed cost is its three 2048-bucket histograms. */
const RADIX_MIN = 2048;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const SIGN = 0x80000000;

/**
 * Sorts float32 values ascending in place, in exactly the order of a typed array's own sort (−0
 * before +0, NaNs last), by a least-significant-digit radix sort of their bits: three passes of
 * 11 bits, O(n), several times faster than the native comparison sort on half a million scores.
 * @returns the same array, sorted.
 */
export function sortFloat32(values: Float32Array): Float32Array {
  const n = values.length;
  if (n < RADIX_MIN) return values.sort();
  const bits = new Uint32Array(values.buffer, values.byteOffset, n);
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  const counts = new Uint32Array(3 * BUCKETS);
  for (let i = 0; i < n; i++) {
    const key = orderedKey(bits[i], values[i]);
    from[i] = key;
    counts[key & (BUCKETS - 1)]++;
    counts[BUCKETS + ((key >>> DIGIT_BITS) & (BUCKETS - 1))]++;
    counts[2 * BUCKETS + (key >>> (2 * DIGIT_BITS))]++;
  }
  for (let pass = 0; pass < 3; pass++) {
    const offset = pass * BUCKETS;
    const shift = pass * DIGIT_BITS;
    // A digit every key shares would leave the order as it is.
    if (counts[offset + ((from[0] >>> shift) & (BUCKETS - 1))] === n) continue;
    let start = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const count = counts[offset + d];
      counts[offset + d] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const key = from[i];
      to[counts[offset + ((key >>> shift) & (BUCKETS - 1))]++] = key;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  for (let i = 0; i < n; i++) {
    const key = from[i];
    bits[i] = key & SIGN ? key ^ SIGN : ~key;
  }
  return values;
}

/** A float's bits as an unsigned key whose order is the numbers' order: positives above negatives, negatives' bits reversed; any NaN last. */
function orderedKey(bits: number, value: number): number {
  if (value !== value) return 0xffffffff;
  return (bits & SIGN ? ~bits : bits | SIGN) >>> 0;
}
