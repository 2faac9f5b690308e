import { fitPreprocessing } from '../core/preprocess/fit';
import type { Dataset } from '../shared/dataset';
import type { TrainProgress } from '../shared/model';
import type { TrainRequest, TrainResult } from '../shared/training';
import { buildAutoencoder } from './autoencoder';
import { chooseBackend } from './backends';
import { toArtifacts } from './modelArtifacts';
import { trainAutoencoder } from './train';

/**
 * One whole training run: picks the backend, fits the preprocessing on the training split, builds
 * and trains the autoencoder, and returns it as plain artifacts. The model is always disposed, so
 * no tensor outlives the call; nothing is saved here.
 */
export async function trainModel(dataset: Dataset, request: TrainRequest, onProgress?: (progress: TrainProgress) => void): Promise<TrainResult> {
  const backend = await chooseBackend(request.backend);
  const { config } = request;
  const prepared = fitPreprocessing(dataset, { validationSplit: config.validationSplit, ...request.preprocess });
  const model = buildAutoencoder(prepared.preprocessing.inputWidth, config.encoderSizes, config.seed);
  try {
    const history = await trainAutoencoder(model, prepared.train.matrix, prepared.validation.matrix, config, { onProgress, backend });
    const artifacts = await toArtifacts(model);
    return { artifacts, preprocessing: prepared.preprocessing, history, backend };
  } finally {
    model.dispose();
  }
}
