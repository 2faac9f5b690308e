import type * as tf from '@tensorflow/tfjs';
import { fitBaselines } from '../core/baselines/baselineProfile';
import { fitPreprocessing } from '../core/preprocess/fit';
import type { Dataset } from '../shared/dataset';
import type { TrainProgress } from '../shared/model';
import type { ErrorProfile, TrainRequest, TrainResult, TrainUpdate } from '../shared/training';
import type { Matrix } from '../shared/model';
import { buildAutoencoder } from './autoencoder';
import { chooseBackend } from './backends';
import { toArtifacts } from './modelArtifacts';
import { trainAutoencoder } from './train';
import { strideSample } from './batches';
import { reconstructionErrors } from './score';

/** Least time between two progress reports: enough for a live curve, never enough to keep the page busy. */
export const REPORT_INTERVAL_MS = 200;

/** Training rows whose errors are kept for the histogram; enough for its shape, small to store. */
const TRAINING_ERROR_SAMPLE = 50_000;
const SCORE_BATCH = 8192;

/** Reconstruction errors of the validation rows and of a training sample, on the trained model. */
async function errorProfile(model: tf.LayersModel, train: Matrix, validation: Matrix): Promise<ErrorProfile> {
  const [held, sample] = [validation, strideSample(train, TRAINING_ERROR_SAMPLE)];
  const validationErrors = held.rows > 0 ? (await reconstructionErrors(model, held, SCORE_BATCH)).rowErrors : new Float32Array(0);
  const trainingErrors = (await reconstructionErrors(model, sample, SCORE_BATCH)).rowErrors;
  return { validation: validationErrors, training: trainingErrors };
}

/** Passes on at most one report per REPORT_INTERVAL_MS (the first always), each tagged with the backend. */
function throttledReports(onProgress: (update: TrainUpdate) => void, backend: TrainUpdate['backend']): (progress: TrainProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const now = performance.now();
    if (now - last < REPORT_INTERVAL_MS) return;
    last = now;
    onProgress({ ...progress, backend });
  };
}

/**
 * One whole training run: picks the backend, fits the preprocessing on the training split, builds
 * and trains the autoencoder, and returns it as plain artifacts. The model is always disposed, so
 * no tensor outlives the call; nothing is saved here.
 */
export async function trainModel(dataset: Dataset, request: TrainRequest, onProgress?: (update: TrainUpdate) => void): Promise<TrainResult> {
  const backend = await chooseBackend(request.backend);
  const { config } = request;
  const prepared = fitPreprocessing(dataset, { validationSplit: config.validationSplit, ...request.preprocess });
  const model = buildAutoencoder(prepared.preprocessing.inputWidth, config.encoderSizes, config.seed);
  try {
    const history = await trainAutoencoder(model, prepared.train.matrix, prepared.validation.matrix, config, {
      onProgress: onProgress && throttledReports(onProgress, backend),
      backend,
    });
    const errors = await errorProfile(model, prepared.train.matrix, prepared.validation.matrix);
    const artifacts = await toArtifacts(model);
    const baselines = fitBaselines(dataset, prepared.preprocessing, prepared.train.rows, prepared.validation.rows);
    return { artifacts, preprocessing: prepared.preprocessing, history, errors, baselines, backend };
  } finally {
    model.dispose();
  }
}
