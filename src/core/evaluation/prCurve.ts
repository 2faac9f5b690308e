import { splitByTruth } from './ranking';
import { checkLengths, type Truth } from './truth';

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
 * steep parts keep their detail. The area is computed on the full curve. O(n log n).
 * @throws RangeError when scores and truth differ in length or maxPoints is below 2.
 */
export function precisionRecallCurve(scores: Float32Array, truth: Truth, maxPoints = 200): PrCurve {
  checkLengths(scores, truth);
  if (!(maxPoints >= 2)) throw new RangeError(`A curve needs at least 2 points, not ${maxPoints}.`);
  const { positive, negative, excluded } = splitByTruth(scores, truth);
  positive.sort();
  negative.sort();
  const P = positive.length;
  const N = negative.length;
  const points: PrPoint[] = [];
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
    points.push({ threshold, recall: tp / P, precision });
  }
  return { points: thinByLength(points, maxPoints), area: P > 0 ? area : Number.NaN, positives: P, negatives: N, excluded };
}

/** At most `maxPoints` of `points`, the first and last included, spaced evenly along the polyline's length. */
function thinByLength(points: PrPoint[], maxPoints: number): PrPoint[] {
  if (points.length <= maxPoints) return points;
  let total = 0;
  for (let k = 1; k < points.length; k++) total += Math.hypot(points[k].recall - points[k - 1].recall, points[k].precision - points[k - 1].precision);
  const step = total / (maxPoints - 1);
  const kept = [points[0]];
  let travelled = 0;
  let nextAt = step;
  for (let k = 1; k < points.length - 1 && kept.length < maxPoints - 1; k++) {
    travelled += Math.hypot(points[k].recall - points[k - 1].recall, points[k].precision - points[k - 1].precision);
    if (step > 0 && travelled >= nextAt) {
      kept.push(points[k]);
      nextAt = travelled + step;
    }
  }
  kept.push(points[points.length - 1]);
  return kept;
}
