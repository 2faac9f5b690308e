import type * as tf from '@tensorflow/tfjs';
import { fitBaselines } from '../core/baselines/baselineProfile';
import { contributionGroups, groupErrorsOfRows } from '../core/detection/contributions';
import { fitScoreProfile, normaliseErrors, smoothScores } from '../core/detection/scoreProfile';
import { withFeedbackMargins, withFeedbackRows } from '../core/feedback/trainingFeedback';
import { fitPreprocessing, type PreparedData } from '../core/preprocess/fit';
import { rowTimes } from '../core/preprocess/matrix';
import type { Dataset } from '../shared/dataset';
import type { TrainConfig, TrainProgress } from '../shared/model';
import type { ErrorProfile, TrainRequest, TrainResult, TrainUpdate } from '../shared/training';
import type { Preprocessing } from '../shared/preprocessing';
import { buildAutoencoder } from './autoencoder';
import { backendThreads, chooseBackend } from './backends';
import { toArtifacts } from './modelArtifacts';
import { trainAutoencoder } from './train';
import { strideSample } from './batches';
import { strideOrder } from '../core/sampling';
import { reconstructionErrors } from './score';
import { lendReplicas, type ReplicaFactory } from './dataParallel';

/** Least time between two progress reports: enough for a live curve, never enough to keep the page busy. */
export const REPORT_INTERVAL_MS = 200;

/** Training rows whose errors are kept for the histogram; enough for its shape, small to store. */
const TRAINING_ERROR_SAMPLE = 50_000;
const SCORE_BATCH = 8192;

/**
 * Fits the score profile on a training sample and the validation rows (each metric's usual error, by
 * time of day or week when training spans enough of them) and returns the preprocessing with it, and the scores of the
 * validation rows (normalised and smoothed: the automatic threshold's reference) and of the sample.
 */
async function scoreProfileAndErrors(model: tf.LayersModel, dataset: Dataset, prepared: PreparedData): Promise<{ preprocessing: Preprocessing; errors: ErrorProfile }> {
  const { train, validation } = prepared;
  const order = strideOrder(train.matrix.rows, TRAINING_ERROR_SAMPLE);
  const sample = strideSample(train.matrix, TRAINING_ERROR_SAMPLE);
  const sampleTimes = rowTimes(dataset.timestamps, Uint32Array.from(order, (i) => train.rows[i]));
  const sampleErrors = (await reconstructionErrors(model, sample, SCORE_BATCH)).featureErrors;
  const layout = prepared.preprocessing;
  const groups = contributionGroups(layout).length;
  const groupErrors = groupErrorsOfRows(sampleErrors, layout, new Float32Array(order.length * groups));
  const heldErrors = validation.rows.length > 0 ? (await reconstructionErrors(model, validation.matrix, SCORE_BATCH)).featureErrors : null;
  const heldGroups = heldErrors && groupErrorsOfRows(heldErrors, layout, new Float32Array(validation.rows.length * groups));
  const heldTimes = rowTimes(dataset.timestamps, validation.rows);
  const shape = { groups, metricGroups: layout.features.length, window: layout.window, intervalMs: dataset.meta.intervalMs };
  const scoring = fitScoreProfile({ errors: groupErrors, timestamps: sampleTimes }, shape, heldGroups ? { errors: heldGroups, timestamps: heldTimes } : undefined);
  const preprocessing: Preprocessing = { ...layout, scoring };
  const training = normaliseErrors(sampleErrors, sampleTimes, preprocessing).scores;
  if (!heldErrors) return { preprocessing, errors: { validation: new Float32Array(0), training } };
  const held = smoothScores(normaliseErrors(heldErrors, heldTimes, preprocessing).scores, scoring.smoothRows);
  return { preprocessing, errors: { validation: held, training } };
}

/**
 * Rows × epochs from which a second replica is started: below it a run lasts under two seconds on one core
 * (about 280k samples/s on wasm here), and starting a worker with its own WebAssembly runtime is a fair share of that.
 */
const REPLICA_FROM_SAMPLES = 500_000;

/** Whether a training run is long enough for a second replica to shorten it. */
export function worthAReplica(rows: number, config: TrainConfig): boolean {
  return rows * config.epochs >= REPLICA_FROM_SAMPLES;
}

/**
 * Passes on at most one report per REPORT_INTERVAL_MS (the first always), each tagged with the
 * backend; a report that closes an epoch always passes, since it alone carries the validation loss.
 */
export function throttledReports(onProgress: (update: TrainUpdate) => void, backend: TrainUpdate['backend']): (progress: TrainProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const now = performance.now();
    if (now - last < REPORT_INTERVAL_MS && progress.batch < progress.batches) return;
    last = now;
    onProgress({ ...progress, backend });
  };
}

/**
 * One whole training run: picks the backend, fits the preprocessing on the training split, builds
 * and trains the autoencoder (with a second replica from `replicas` when the run is long enough:
 * see worthAReplica), and returns it as plain artifacts. The model is always disposed, so
 * no tensor outlives the call; nothing is saved here.
 */
export async function trainModel(dataset: Dataset, request: TrainRequest, onProgress?: (update: TrainUpdate) => void, replicas?: ReplicaFactory): Promise<TrainResult> {
  const backend = await chooseBackend(request.backend);
  const { config } = request;
  const fitted = fitPreprocessing(dataset, { validationSplit: config.validationSplit, ...request.preprocess });
  // Rows the user marked "not an anomaly" join the training rows (see withFeedbackRows).
  const { prepared, fit, feedbackRows } = withFeedbackRows(dataset, fitted, request.feedback ?? []);
  const model = buildAutoencoder(prepared.preprocessing.inputWidth, config.encoderSizes, config.seed);
  const lent = replicas && worthAReplica(fit.rows, config) ? lendReplicas(replicas) : null;
  try {
    const history = await trainAutoencoder(model, fit, prepared.validation.matrix, config, {
      onProgress: onProgress && throttledReports(onProgress, backend),
      backend,
      threads: backendThreads(backend),
      replicas: lent?.factory,
    });
    // The baselines read the layout and the split, not the weights: the replica fits them while this worker profiles the model.
    const split = { dataset, preprocessing: prepared.preprocessing, trainRows: prepared.train.rows, validationRows: prepared.validation.rows };
    const helped = lent ? lent.fitBaselines(split) : Promise.resolve(null);
    const profiled = await scoreProfileAndErrors(model, dataset, prepared);
    const preprocessing = withFeedbackMargins(dataset, profiled.preprocessing, request.feedback ?? []);
    const { errors } = profiled;
    const artifacts = await toArtifacts(model);
    const baselines = (await helped) ?? fitBaselines(split);
    return { artifacts, preprocessing, history, errors, baselines, backend, feedbackRows };
  } finally {
    model.dispose();
    lent?.release();
  }
}
