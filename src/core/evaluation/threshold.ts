import { checkLengths, type Truth } from './truth';

/**
 * How a threshold sorts the scored rows. A row is flagged when its score is at least the
 * threshold; rows with a NaN score are not scored and count nowhere but `excluded`.
 */
export interface ThresholdMetrics {
  threshold: number;
  /** Flagged anomalies, flagged normal rows, missed anomalies, unflagged normal rows. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** tp / flagged; NaN when nothing is flagged. */
  precision: number;
  /** tp / anomalies; NaN when no scored row is an anomaly. */
  recall: number;
  /** 2tp / (2tp + fp + fn), 0 when anomalies exist but none is flagged; NaN only when nothing is flagged and no anomaly exists. */
  f1: number;
  /** Rows left out for a NaN score. */
  excluded: number;
}

/** Precision, recall and F1 from the four counts (see ThresholdMetrics for the undefined cases). */
export function metricsFromCounts(threshold: number, tp: number, fp: number, fn: number, tn: number, excluded: number): ThresholdMetrics {
  return {
    threshold,
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp > 0 ? tp / (tp + fp) : Number.NaN,
    recall: tp + fn > 0 ? tp / (tp + fn) : Number.NaN,
    f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : Number.NaN,
    excluded,
  };
}

/**
 * Precision, recall and F1 of flagging every row whose score is at least `threshold`, in O(n).
 * @throws RangeError when scores and truth differ in length.
 */
export function metricsAtThreshold(scores: Float32Array, truth: Truth, threshold: number): ThresholdMetrics {
  checkLengths(scores, truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let excluded = 0;
  for (let r = 0; r < scores.length; r++) {
    const score = scores[r];
    if (Number.isNaN(score)) excluded++;
    else if (score >= threshold) {
      if (truth[r]) tp++;
      else fp++;
    } else if (truth[r]) fn++;
    else tn++;
  }
  return metricsFromCounts(threshold, tp, fp, fn, tn, excluded);
}
