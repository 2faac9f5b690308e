/** Types of a scoring run that cross the worker boundary (issue 5). */
import type { Preprocessing } from './preprocessing';
import type { BackendChoice, BackendName, StoredArtifacts } from './training';

/** What the scoring worker needs: the model as plain data and how to turn rows into its input. */
export interface ScoreRequest {
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  backend: BackendChoice;
}

/** Threshold-free quality of the scores against the dataset's labels (see core/evaluation/ranking). */
export interface ScoreRanking {
  rocAuc: number;
  averagePrecision: number;
  /** The best point-wise F1 over all thresholds, and that threshold; null without anomalies. */
  bestF1: { threshold: number; f1: number; precision: number; recall: number } | null;
}

/** Every row of a dataset scored by a model. */
export interface DatasetScores {
  /** Per dataset row, the mean squared reconstruction error; NaN where the row could not be scored (a gap, an incomplete window, a non-finite value). */
  rowScores: Float32Array;
  /** Squared error per scored row and model input column, row-major: scoredRows.length × inputWidth. */
  featureErrors: Float32Array;
  /** The dataset row of each scored row, ascending. */
  scoredRows: Uint32Array;
  /** Against the labels, when the dataset has them. */
  ranking: ScoreRanking | null;
  backend: BackendName;
  /** Seconds in the worker, from the dataset's arrival to the scores. */
  seconds: number;
}
