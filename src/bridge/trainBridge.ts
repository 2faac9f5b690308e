import * as Comlink from 'comlink';
import { datasetBuffers, datasetCopy, type Dataset } from '../shared/dataset';
import { fromPortableError } from '../shared/portableError';
import type { BackendProbe, TrainRequest, TrainResult, TrainUpdate } from '../shared/training';
import type { TrainApi } from '../workers/train.worker';
import { WorkerHandle } from '../workers/workerHandle';

function createTrainWorker(): Worker {
  return new Worker(new URL('../workers/train.worker.ts', import.meta.url), { type: 'module', name: 'train' });
}

const trainWorker = new WorkerHandle<TrainApi>('model trainer', createTrainWorker);

/**
 * Fresh copies of only the arrays training reads (the chosen columns, timestamps, the masks), handed over by
 * transfer so the caller keeps its dataset and no structured clone blocks the page. The ground truth is not an input.
 */
export function trainingCopy(dataset: Dataset, request: TrainRequest): Dataset {
  const copy = datasetCopy(dataset, { columns: request.preprocess.features, labels: request.preprocess.excludeLabelled === true, events: false });
  return Comlink.transfer(copy, datasetBuffers(copy));
}

/**
 * Trains a model in a worker. Aborting `signal` terminates the worker and rejects with an
 * AbortError; nothing is saved by this call, so a stored model is never touched by a cancel.
 * Leaves a `train` performance measure (wall time on the main thread).
 */
export async function train(
  dataset: Dataset,
  request: TrainRequest,
  onProgress?: (update: TrainUpdate) => void,
  signal?: AbortSignal,
): Promise<TrainResult> {
  const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
  const start = performance.now();
  const result = await trainWorker
    .run((api) => api.train(trainingCopy(dataset, request), request, progress), signal)
    .catch((error: unknown) => {
      throw fromPortableError(error);
    })
    // A run leaves its dataset's copy, matrices and grown heaps behind (about 300 MB on 6 months): give them back.
    .finally(() => trainWorker.release());
  performance.measure('train', { start, duration: performance.now() - start });
  return result;
}

/** Asks the training worker (starting it, which loads tfjs off the page) what `auto` would pick here. */
export function probeBackend(): Promise<BackendProbe> {
  return trainWorker.run((api) => api.probeBackend());
}
