/** Types of a scoring run that cross the worker boundary (issue 5). */
import type { BaselineProfile } from './baselines';
import type { Preprocessing } from './preprocessing';
import type { BackendChoice, BackendName, StoredArtifacts } from './training';

/** One bin of an error histogram on a log10 axis, with the share of each set's rows in it. */
export interface ErrorBin {
  /** log10 of the bin's lower and upper error, and its centre (the chart's x). */
  lo: number;
  hi: number;
  mid: number;
  /** Share of the reference (training) rows and of the scored rows in this bin, 0..1. */
  training: number;
  scored: number;
}

/** What the scoring worker needs: the model as plain data and how to turn rows into its input. */
export interface ScoreRequest {
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  backend: BackendChoice;
  /** Score the baselines too, when the model has them. */
  baselines: BaselineProfile | null;
  /** The model's training-error sample, the other side of the error histogram. */
  trainingErrors: Float32Array;
  /**
   * Each detector's automatic threshold, in which the day-range rule's alarms are scored (see
   * core/detection/rangeRule); without them, or for a model without the rule, scores are the model's alone.
   */
  alarmThresholds?: AlarmThresholds;
}

/** The automatic threshold of the model and of each baseline that has one. */
export interface AlarmThresholds {
  model: number;
  pca?: number;
  zscore?: number;
}

/** One baseline's scores on the dataset, and their ranking against the labels. */
export interface BaselineResult {
  scores: Float32Array;
  ranking: ScoreRanking | null;
}

/** Threshold-free quality of the scores against the dataset's labels (see core/evaluation/ranking). */
export interface ScoreRanking {
  rocAuc: number;
  averagePrecision: number;
  /** The best point-wise F1 over all thresholds, and that threshold; null without anomalies. */
  bestF1: { threshold: number; f1: number; precision: number; recall: number } | null;
  /** The precision–recall curve, thinned for a chart. */
  curve: { recall: number; precision: number }[];
}

/** Every row of a dataset scored by a model. */
export interface DatasetScores {
  /**
   * Per dataset row, the anomaly score: each metric's reconstruction error over its usual error,
   * averaged and smoothed (plain mean squared error for a model without a score profile); NaN where
   * the row could not be scored (a gap, an incomplete window, a non-finite value).
   */
  rowScores: Float32Array;
  /** Per scored row and user metric, its normalised error (row-major: scoredRows.length × features): what explains a score. */
  metricErrors: Float32Array;
  /** Per scored row and user metric, the value the model expected, in the metric's unit (same layout). */
  expected: Float32Array;
  /** The dataset row of each scored row, ascending. */
  scoredRows: Uint32Array;
  /** Against the labels, when the dataset has them. */
  ranking: ScoreRanking | null;
  /** Training errors vs these scores on one log10 axis (see core/errorHistogram). */
  errorBins: ErrorBin[];
  /** PCA and rolling z-score on the same rows; null when the model has no baselines (an imported one). */
  baselines: { pca: BaselineResult; zscore: BaselineResult } | null;
  backend: BackendName;
  /** Seconds in the worker, from the dataset's arrival to the scores. */
  seconds: number;
}
