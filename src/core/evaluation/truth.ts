/**
 * Ground truth per row: true or a non-zero label code (see `labelCode`) marks an anomaly,
 * false or 0 a normal row. `Dataset.labels` can be passed as it is.
 */
export type Truth = ArrayLike<number | boolean>;

/**
 * A copy of `scores` for judging one anomaly type on its own: rows labelled with any other
 * anomaly code become NaN (excluded), so the positives are that type's rows and the negatives
 * the normal ones.
 */
export function scoresForType(scores: Float32Array, labels: Uint8Array, code: number): Float32Array {
  if (labels.length !== scores.length) throw new RangeError(`There are ${scores.length} scores but ${labels.length} labels.`);
  const out = scores.slice();
  for (let r = 0; r < out.length; r++) if (labels[r] !== 0 && labels[r] !== code) out[r] = Number.NaN;
  return out;
}

/** @throws RangeError when scores and truth describe different numbers of rows. */
export function checkLengths(scores: ArrayLike<number>, truth: Truth): void {
  if (scores.length !== truth.length) throw new RangeError(`There are ${scores.length} scores but ${truth.length} truth values.`);
}
