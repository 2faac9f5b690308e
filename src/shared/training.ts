/** Types of a training run that cross the worker boundary (issue 4). */
import type { TrainConfig, TrainHistory, TrainProgress } from './model';
import type { BaselineProfile } from './baselines';
import type { MaintenanceWindow, NotAnomalyMark } from './feedback';
import type { Preprocessing, PreprocessOptions } from './preprocessing';

/** What the browser offers for training, for the backend hint before anything trains. */
export interface BackendProbe {
  /** The WebGL renderer string, or null when WebGL is unavailable. */
  renderer: string | null;
  /** True when that renderer draws on the CPU (SwiftShader, llvmpipe, ...). */
  software: boolean;
  /** The backend `auto` tries first here. */
  auto: BackendName;
}

/** A tfjs backend the app can run on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** What the user picks: a backend, or `auto` to let the app choose from the hardware. */
export type BackendChoice = 'auto' | BackendName;

/**
 * A trained model's topology and weights as plain data (the fields of tfjs ModelArtifacts that a
 * LayersModel needs), so it can be transferred out of a worker and stored in IndexedDB.
 */
export interface StoredArtifacts {
  /** The Keras-style JSON topology. */
  modelTopology: object;
  weightSpecs: { name: string; shape: number[]; dtype: 'float32' | 'int32' | 'bool' | 'string' | 'complex64' }[];
  weightData: ArrayBuffer;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
}

/** How to train: preprocessing options, model and training config, and the backend. */
export interface TrainRequest {
  preprocess: PreprocessOptions;
  config: TrainConfig;
  backend: BackendChoice;
  /** Stretches the user marked "not an anomaly": their rows join the training rows. */
  feedback?: Pick<NotAnomalyMark, 'start' | 'end'>[];
}

/** A progress report from the training worker, with the backend it runs on. */
export interface TrainUpdate extends TrainProgress {
  backend: BackendName;
}

/**
 * The trained model's reconstruction errors on its own data: the reference a label-free threshold
 * is computed from, and the "training" side of the error histogram.
 */
export interface ErrorProfile {
  /**
   * The score of every validation row (held out, so closest to unseen data), in time order:
   * normalised and smoothed as Detect scores (plain mean squared errors in models saved before score profiles).
   */
  validation: Float32Array;
  /** The unsmoothed score of an even sample of the training rows. */
  training: Float32Array;
}

/** What a finished training run hands back; nothing is saved until the caller saves it. */
export interface TrainResult {
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  history: TrainHistory;
  errors: ErrorProfile;
  /** PCA and rolling z-score fitted on the same rows, to compare against. */
  baselines: BaselineProfile;
  /** The backend training actually ran on. */
  backend: BackendName;
  /** Rows marked "not an anomaly" that joined training; 0 without feedback. */
  feedbackRows?: number;
}

/** A saved model's description: everything the model list and the loss curves need, without weights. */
export interface SavedModelMeta {
  id: string;
  name: string;
  createdAt: number;
  datasetId: string;
  datasetName: string;
  config: TrainConfig;
  preprocessing: Preprocessing;
  history: TrainHistory;
  backend: BackendName;
  /** A threshold that came with an imported model: its value and rule (checked where it is used). */
  threshold?: { value: number; rule: unknown };
  /** When alarms are expected (maintenance): no incident opens or grows then, in Detect and Live. Absent: none. */
  maintenance?: MaintenanceWindow[];
  /** Rows marked "not an anomaly" that joined its training rows; absent or 0 without feedback. */
  feedbackRows?: number;
  /** The preprocessing options it was trained with, so "Retrain with feedback" can repeat them; absent in older models. */
  options?: PreprocessOptions;
}
