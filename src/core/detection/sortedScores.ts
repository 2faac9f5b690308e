import { lowerBound, upperBound } from '../sortedSearch';

/**
 * Reference scores (e.g. the validation rows' reconstruction errors) sorted once, so every
 * threshold rule and every move of the slider is a lookup or a binary search.
 */
export interface SortedScores {
  readonly kind: 'sorted';
  /** The finite scores, ascending; NaN and infinite scores are left out. */
  readonly values: Float64Array;
}

/** Scores as given, or already sorted by `sortScores`. */
export type ReferenceScores = ArrayLike<number> | SortedScores;

/** The finite scores of `reference`, ascending, in O(n log n). */
export function sortScores(reference: ReferenceScores): SortedScores {
  if (isSorted(reference)) return reference;
  let count = 0;
  for (let i = 0; i < reference.length; i++) if (Number.isFinite(reference[i])) count++;
  const values = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < reference.length; i++) {
    const score = reference[i];
    if (Number.isFinite(score)) values[at++] = score;
  }
  return { kind: 'sorted', values: values.sort() };
}

/**
 * The q-quantile of the scores with linear interpolation between neighbours (NumPy's default, as
 * the original tool's `np.percentile`). NaN when there is no score.
 * @throws RangeError when q lies outside [0, 1].
 */
export function quantileOf(reference: ReferenceScores, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile must lie in [0, 1], not ${q}.`);
  const { values } = sortScores(reference);
  const n = values.length;
  if (n === 0) return Number.NaN;
  const position = q * (n - 1);
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  return values[below] + (position - below) * (values[above] - values[below]);
}

/** Share of the reference scores a threshold would flag (score ≥ threshold); NaN without scores. */
export function falseAlarmRate(reference: ReferenceScores, threshold: number): number {
  const { values } = sortScores(reference);
  if (values.length === 0) return Number.NaN;
  if (Number.isNaN(threshold)) return 0;
  return (values.length - lowerBound(values, threshold)) / values.length;
}

/**
 * The lowest threshold that flags at most `rate` of the reference scores: the inverse of
 * `falseAlarmRate` for the slider's expected-false-alarm field. Ties are never split, so the
 * rate reached may be below the one asked for; a rate below one row's share gives a threshold
 * just above the highest score. NaN without scores.
 * @throws RangeError when rate lies outside [0, 1].
 */
export function thresholdForFalseAlarmRate(reference: ReferenceScores, rate: number): number {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`A false-alarm rate must lie in [0, 1], not ${rate}.`);
  const { values } = sortScores(reference);
  const n = values.length;
  if (n === 0) return Number.NaN;
  // A tiny tolerance, so a rate typed as 0.01 for 100 rows allows the one row it means.
  const allowed = Math.floor(rate * n + 1e-9);
  if (allowed === 0) return nextAbove(values[n - 1]);
  const candidate = values[n - allowed];
  // Equal scores below the candidate would be flagged too: step up to the next distinct score.
  if (lowerBound(values, candidate) === n - allowed) return candidate;
  const next = upperBound(values, candidate);
  return next < n ? values[next] : nextAbove(values[n - 1]);
}

/** The smallest double above x, so `score >= threshold` is false for every score up to x. */
export function nextAbove(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}



function isSorted(reference: ReferenceScores): reference is SortedScores {
  return (reference as SortedScores).kind === 'sorted';
}
