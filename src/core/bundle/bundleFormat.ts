/** The layout and the types of a model bundle: the .zip "Download model" writes and "Import model" reads. */
import type { MaintenanceWindow } from '../../shared/feedback';
import type { TrainConfig, TrainHistory } from '../../shared/model';
import type { Preprocessing } from '../../shared/preprocessing';
import type { ErrorProfile, StoredArtifacts } from '../../shared/training';

/** Written to bundle.json so a reader can tell our bundles from any other zip. */
export const BUNDLE_FORMAT = 'metrics-anomaly-analyzer/model-bundle';

/** Bump when a file's meaning changes; readers refuse newer versions. */
export const BUNDLE_VERSION = 1;

/** The files of a bundle; model.json and weights.bin are exactly what `tf.loadLayersModel` reads. */
export const BUNDLE_FILES = {
  model: 'model.json',
  weights: 'weights.bin',
  preprocessing: 'preprocessing.json',
  threshold: 'threshold.json',
  history: 'history.json',
  config: 'config.json',
  info: 'bundle.json',
  /** The model's errors on its validation rows and a training sample (float32, little-endian): what thresholds are set from. */
  validationErrors: 'validation-errors.bin',
  trainingErrors: 'training-errors.bin',
  /** The model's maintenance windows; absent from bundles of models without any (and from older bundles). */
  maintenance: 'maintenance.json',
} as const;

/** The threshold the model flags with and the rule that chose it. */
export interface BundleThreshold {
  value: number;
  /** Any JSON value; its type belongs to the detection code, which checks it. */
  rule: unknown;
}

/** Where a bundle comes from. */
export interface BundleInfo {
  appVersion: string;
  /** Epoch milliseconds; also the zip entries' modification time. */
  createdAt: number;
  /** The dataset the model was trained on. */
  datasetName: string;
  modelName?: string;
}

/** Everything needed to score a dataset with a trained model, and to explain where the model came from. */
export interface ModelBundle {
  info: BundleInfo;
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  threshold: BundleThreshold;
  history: TrainHistory;
  config: TrainConfig;
  /** Empty arrays when the bundle carries no reference errors (then the saved threshold value is all there is). */
  errors: ErrorProfile;
  /** When alarms are expected (see MaintenanceWindow); absent or empty: none. */
  maintenance?: MaintenanceWindow[];
}

/** bundle.json as written. */
export interface BundleJson {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  datasetName: string;
  modelName?: string;
}
