/** Indices of every k-th of `rows` rows, so at most `max`: an even sample in time order. */
export function strideOrder(rows: number, max: number): Uint32Array {
  const step = Math.max(1, Math.ceil(rows / max));
  return Uint32Array.from({ length: Math.ceil(rows / step) }, (_, i) => i * step);
}
