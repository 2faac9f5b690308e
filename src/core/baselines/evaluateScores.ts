import { rankingMetrics } from '../evaluation/ranking';
import { metricsAtThreshold, type ThresholdMetrics } from '../evaluation/threshold';
import type { Truth } from '../evaluation/truth';

/** How a baseline's scores fare against labels, at the best threshold and at a label-free one. */
export interface BaselineFigures {
  averagePrecision: number;
  /** Point-wise, at the threshold with the best F1 (chosen with the labels: an upper bound). */
  best: ThresholdMetrics | null;
  /** Point-wise, at a threshold chosen without labels (e.g. falseAlarmThreshold of the training scores). */
  atAlarm: ThresholdMetrics;
}

/**
 * The score a share `rate` of the finite reference scores reaches or exceeds: flagging at it
 * expects that false-alarm rate on data like the reference. NaN without finite scores.
 */
export function falseAlarmThreshold(reference: ArrayLike<number>, rate: number): number {
  const finite = Float64Array.from(Array.prototype.filter.call(reference, (x: number) => Number.isFinite(x)) as number[]).sort();
  if (finite.length === 0) return Number.NaN;
  return finite[Math.min(finite.length - 1, Math.floor((1 - rate) * finite.length))];
}

/** Average precision, the best-F1 point and the point at `alarmThreshold`, all point-wise with NaN scores left out. */
export function evaluateScores(scores: Float32Array, truth: Truth, alarmThreshold: number): BaselineFigures {
  const ranking = rankingMetrics(scores, truth);
  return {
    averagePrecision: ranking.averagePrecision,
    best: ranking.bestF1,
    atAlarm: metricsAtThreshold(scores, truth, alarmThreshold),
  };
}
