import { sortByTruth, type SortedByTruth } from './ranking';
import type { Truth } from './truth';

/** Where one threshold puts the scored rows on the precision–recall plane. */
export interface PrPoint {
  /** Rows scoring at least this are flagged. */
  threshold: number;
  recall: number;
  precision: number;
}

export interface PrCurve {
  /** From the highest threshold (lowest recall) down; at most the requested number, always with both ends. */
  points: PrPoint[];
  /** Area under the curve, step-wise over every threshold: equal to rankingMetrics' averagePrecision. NaN without anomalies. */
  area: number;
  positives: number;
  negatives: number;
  /** Rows left out for a NaN score. */
  excluded: number;
}

/**
 * The precision–recall curve of a ranking, one point per distinct score, thinned to at most
 * `maxPoints` for a chart: points are kept at even steps of the curve's length on the plane, so
 * steep parts keep their detail. The area is computed on the full curve. O(n).
 * @throws RangeError when scores and truth differ in length or maxPoints is below 2.
 */
export function precisionRecallCurve(scores: Float32Array, truth: Truth, maxPoints = 200): PrCurve {
  checkMaxPoints(maxPoints);
  return curveOfSorted(sortByTruth(scores, truth), maxPoints);
}

/**
 * precisionRecallCurve of scores already split and sorted by sortByTruth.
 * @throws RangeError when maxPoints is below 2.
 */
export function curveOfSorted({ positive, negative, excluded }: SortedByTruth, maxPoints = 200): PrCurve {
  checkMaxPoints(maxPoints);
  const P = positive.length;
  const N = negative.length;
  // One entry per distinct threshold, in typed arrays: half a million point objects cost more than the sorts.
  const thresholds = new Float64Array(P + N);
  const recalls = new Float64Array(P + N);
  const precisions = new Float64Array(P + N);
  let count = 0;
  let area = 0;
  let i = P - 1;
  let j = N - 1;
  let tp = 0;
  let fp = 0;
  // Same walk as rankingMetrics, so equal scores form one threshold and the area matches its average precision.
  while (P > 0 && (i >= 0 || j >= 0)) {
    const threshold = Math.max(i >= 0 ? positive[i] : -Infinity, j >= 0 ? negative[j] : -Infinity);
    const tpBefore = tp;
    for (; i >= 0 && positive[i] === threshold; i--) tp++;
    for (; j >= 0 && negative[j] === threshold; j--) fp++;
    const precision = tp / (tp + fp);
    area += ((tp - tpBefore) / P) * precision;
    thresholds[count] = threshold;
    recalls[count] = tp / P;
    precisions[count++] = precision;
  }
  const kept = thinByLength(recalls.subarray(0, count), precisions.subarray(0, count), maxPoints);
  const points = Array.from(kept, (k) => ({ threshold: thresholds[k], recall: recalls[k], precision: precisions[k] }));
  return { points, area: P > 0 ? area : Number.NaN, positives: P, negatives: N, excluded };
}

function checkMaxPoints(maxPoints: number): void {
  if (!(maxPoints >= 2)) throw new RangeError(`A curve needs at least 2 points, not ${maxPoints}.`);
}

/** Indices of at most `maxPoints` points at even steps along the curve's length, both ends kept. */
function thinByLength(recalls: Float64Array, precisions: Float64Array, maxPoints: number): number[] {
  const n = recalls.length;
  if (n <= maxPoints) return Array.from({ length: n }, (_, k) => k);
  const stepLength = (k: number) => {
    const dr = recalls[k] - recalls[k - 1];
    const dp = precisions[k] - precisions[k - 1];
    return Math.sqrt(dr * dr + dp * dp);
  };
  let total = 0;
  for (let k = 1; k < n; k++) total += stepLength(k);
  const step = total / (maxPoints - 1);
  const kept = [0];
  let travelled = 0;
  let nextAt = step;
  for (let k = 1; k < n - 1 && kept.length < maxPoints - 1; k++) {
    travelled += stepLength(k);
    if (step > 0 && travelled >= nextAt) {
      kept.push(k);
      nextAt = travelled + step;
    }
  }
  kept.push(n - 1);
  return kept;
}
