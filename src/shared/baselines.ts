/** The comparison detectors (issue 5): plain data, stored with a model and sent to the scoring worker. */
import type { ScoreProfile } from './preprocessing';

/** A principal-component model of normal rows: their mean and the directions that explain most of their variance. */
export interface PcaModel {
  cols: number;
  mean: Float64Array;
  /** Row-major cols × cols: row k is the k-th principal direction (unit length); the first componentCount are kept. */
  directions: Float64Array;
  componentCount: number;
  /** Variance along every principal direction, largest first (cols values). */
  variances: Float64Array;
  /** Share of the total variance the kept components explain (1 when there is none). */
  explained: number;
  /** Training rows used; rows with a non-finite value are left out. */
  rows: number;
}

/**
 * The baselines fitted beside a model, on the same scaled metrics (one step, no time features):
 * PCA reconstruction error and a rolling z-score, each with its errors on the model's validation
 * rows, so the same threshold rule applies to them as to the autoencoder.
 */
export interface BaselineProfile {
  pca: PcaModel;
  /** PCA's per-metric usual errors, as the model's (see ScoreProfile); absent in profiles saved before it existed, which score by the summed squared error. */
  pcaScoring?: ScoreProfile;
  pcaReference: Float32Array;
  /** Trailing rows of the rolling z-score (about a day). */
  zWindow: number;
  /** Rows the z-score's causal moving mean spans, as the model's; absent (1) in older profiles. */
  zSmoothRows?: number;
  zReference: Float32Array;
}

/** A baseline's scores on a dataset, one per row (NaN where unscored). */
export interface BaselineScores {
  pca: Float32Array;
  zscore: Float32Array;
}
