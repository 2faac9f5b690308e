import { sortFloat32 } from './floatSort';
import { metricsFromCounts, type ThresholdMetrics } from './threshold';
import { checkLengths, type Truth } from './truth';

/** Threshold-free quality of a ranking of rows by anomaly score. */
export interface RankingMetrics {
  /** Area under the ROC curve: the chance a random anomaly outscores a random normal row (ties count half); NaN without both. */
  rocAuc: number;
  /** Average precision (area under the precision–recall curve, step-wise as in scikit-learn); NaN without anomalies. */
  averagePrecision: number;
  /** The threshold with the highest F1, the highest such score on a tie; null without anomalies. */
  bestF1: ThresholdMetrics | null;
  /** Scored anomalies and normal rows, and rows left out for a NaN score. */
  positives: number;
  negatives: number;
  excluded: number;
}

/**
 * ROC AUC, average precision and the best-F1 threshold in one pass over the rows sorted by score,
 * O(n). Rows with a NaN score are excluded; equal scores form one threshold, so ties are
 * never split in anyone's favour.
 * @throws RangeError when scores and truth differ in length.
 */
export function rankingMetrics(scores: Float32Array, truth: Truth): RankingMetrics {
  return rankingOfSorted(sortByTruth(scores, truth));
}

/** The scores of anomalies and of normal rows apart, each ascending, NaN scores counted out: what the threshold-free metrics walk. */
export interface SortedByTruth {
  positive: Float32Array;
  negative: Float32Array;
  excluded: number;
}

/**
 * Splits the scores by truth and sorts each side once, so the ranking metrics and the
 * precision–recall curve of one score set can share the sort (see rankingOfSorted, curveOfSorted).
 * @throws RangeError when scores and truth differ in length.
 */
export function sortByTruth(scores: Float32Array, truth: Truth): SortedByTruth {
  checkLengths(scores, truth);
  const { positive, negative, excluded } = splitByTruth(scores, truth);
  return { positive: sortFloat32(positive), negative: sortFloat32(negative), excluded };
}

/** rankingMetrics of scores already split and sorted by sortByTruth. */
export function rankingOfSorted({ positive, negative, excluded }: SortedByTruth): RankingMetrics {
  // Ascending sorts; the walk below reads both from the top.
  const P = positive.length;
  const N = negative.length;
  let i = P - 1;
  let j = N - 1;
  let tp = 0;
  let fp = 0;
  let area = 0;
  let ap = 0;
  let best: ThresholdMetrics | null = null;
  while (i >= 0 || j >= 0) {
    const threshold = Math.max(i >= 0 ? positive[i] : -Infinity, j >= 0 ? negative[j] : -Infinity);
    const tpBefore = tp;
    const fpBefore = fp;
    for (; i >= 0 && positive[i] === threshold; i--) tp++;
    for (; j >= 0 && negative[j] === threshold; j--) fp++;
    area += ((fp - fpBefore) * (tp + tpBefore)) / 2;
    if (tp > tpBefore) ap += ((tp - tpBefore) * tp) / (tp + fp);
    if (P > 0 && (best === null || (2 * tp) / (tp + fp + P) > best.f1)) best = metricsFromCounts(threshold, tp, fp, P - tp, N - fp, excluded);
  }
  return {
    rocAuc: P > 0 && N > 0 ? area / (P * N) : Number.NaN,
    averagePrecision: P > 0 ? ap / P : Number.NaN,
    bestF1: best,
    positives: P,
    negatives: N,
    excluded,
  };
}

/** The scores of anomalies and of normal rows as separate arrays, NaN scores counted out. */
export function splitByTruth(scores: Float32Array, truth: Truth): { positive: Float32Array; negative: Float32Array; excluded: number } {
  let positives = 0;
  let excluded = 0;
  for (let r = 0; r < scores.length; r++) {
    if (Number.isNaN(scores[r])) excluded++;
    else if (truth[r]) positives++;
  }
  const positive = new Float32Array(positives);
  const negative = new Float32Array(scores.length - excluded - positives);
  let p = 0;
  let n = 0;
  for (let r = 0; r < scores.length; r++) {
    const score = scores[r];
    if (Number.isNaN(score)) continue;
    if (truth[r]) positive[p++] = score;
    else negative[n++] = score;
  }
  return { positive, negative, excluded };
}
