import * as Comlink from 'comlink';
import { datasetBuffers, type Dataset } from '../shared/dataset';
import { fromPortableError } from '../shared/portableError';
import type { DatasetScores, ScoreRequest } from '../shared/scoring';
import type { ScoreApi } from '../workers/score.worker';
import { WorkerHandle } from './workerHandle';

function createScoreWorker(): Worker {
  return new Worker(new URL('../workers/score.worker.ts', import.meta.url), { type: 'module', name: 'score' });
}

// Its own worker, so scoring never waits for (or cancels) a training run.
const scoreWorker = new WorkerHandle<ScoreApi>('model scorer', createScoreWorker);

/** Fresh copies of what scoring reads (the model's columns, timestamps, the missing-row mask, the labels), for transfer. */
export function scoringCopy(dataset: Dataset, features: readonly string[]): Dataset {
  const copy: Dataset = {
    ...dataset,
    timestamps: dataset.timestamps.slice(),
    columns: dataset.columns.filter((column) => features.includes(column.key)).map((column) => ({ ...column, values: column.values.slice() })),
    labels: dataset.labels?.slice() ?? null,
    missing: dataset.missing?.slice() ?? null,
    events: [],
  };
  return Comlink.transfer(copy, datasetBuffers(copy));
}

/**
 * Scores every row of `dataset` with a model in a worker; `onProgress` gets the share of rows done.
 * Aborting `signal` terminates the worker and rejects with an AbortError. Leaves a `score`
 * performance measure (wall time on the main thread).
 */
export async function score(dataset: Dataset, request: ScoreRequest, signal?: AbortSignal, onProgress?: (done: number) => void): Promise<DatasetScores> {
  const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
  const start = performance.now();
  const scores = await scoreWorker
    .run((api) => api.score(scoringCopy(dataset, request.preprocessing.features), request, progress), signal)
    .catch((error: unknown) => {
      throw fromPortableError(error);
    });
  performance.measure('score', { start, duration: performance.now() - start });
  return scores;
}
