import * as Comlink from 'comlink';
import { probeBackend } from '../ml/backends';
import { trainModel, worthAReplica } from '../ml/trainModel';
import { warmReplica, workerReplicas } from './replicaWorker';
import type { Dataset } from '../shared/dataset';
import { toPortableError } from '../shared/portableError';
import type { BackendProbe, TrainRequest, TrainResult, TrainUpdate } from '../shared/training';

const api = {
  /** What the automatic backend choice would be in this browser. */
  probeBackend(): BackendProbe {
    return probeBackend();
  },

  /**
   * Trains an autoencoder on a transferred dataset and hands the weights back without copying.
   * Cancelling is the bridge's job: it terminates this worker.
   */
  async train(dataset: Dataset, request: TrainRequest, onProgress?: (update: TrainUpdate) => void): Promise<TrainResult> {
    try {
      // A run long enough for a second replica (all rows counted, the split not yet made) has its worker load meanwhile.
      if (worthAReplica(dataset.timestamps.length, request.config)) warmReplica();
      const result = await trainModel(dataset, request, onProgress ? (progress) => void onProgress(progress) : undefined, workerReplicas);
      const { errors, baselines } = result;
      return Comlink.transfer(result, [result.artifacts.weightData, errors.validation.buffer, errors.training.buffer, baselines.pcaReference.buffer, baselines.zReference.buffer]);
    } catch (error) {
      throw toPortableError(error);
    }
  },
};

export type TrainApi = typeof api;

Comlink.expose(api);
