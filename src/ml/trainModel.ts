import { fitPreprocessing } from '../core/preprocess/fit';
import type { Dataset } from '../shared/dataset';
import type { TrainProgress } from '../shared/model';
import type { TrainRequest, TrainResult, TrainUpdate } from '../shared/training';
import { buildAutoencoder } from './autoencoder';
import { chooseBackend } from './backends';
import { toArtifacts } from './modelArtifacts';
import { trainAutoencoder } from './train';

/** Least time between two progress reports: enough for a live curve, never enough to keep the page busy. */
export const REPORT_INTERVAL_MS = 200;

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
    const artifacts = await toArtifacts(model);
    return { artifacts, preprocessing: prepared.preprocessing, history, backend };
  } finally {
    model.dispose();
  }
}
