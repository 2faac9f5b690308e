import * as Comlink from 'comlink';
import { datasetBuffers, type Dataset } from '../shared/dataset';
import type { MaintenanceWindow } from '../shared/feedback';
import { fromPortableError } from '../shared/portableError';
import type { ScoreRequest } from '../shared/scoring';
import type { ScoredModel } from '../state/detectionBuild';
import type { Detection } from '../state/detectionJob';
import { shownView, type ShownView } from '../state/shownDetection';
import type { ScoreApi } from '../workers/score.worker';
import { copyInSlices } from './copyInSlices';
import { WorkerHandle } from '../workers/workerHandle';

function createScoreWorker(): Worker {
  return new Worker(new URL('../workers/score.worker.ts', import.meta.url), { type: 'module', name: 'score' });
}

// Its own worker, so scoring never waits for (or cancels) a training run.
const scoreWorker = new WorkerHandle<ScoreApi>('model scorer', createScoreWorker);
/** Each detection the worker still holds, by its key there. */
const heldKeys = new WeakMap<Detection, number>();

/**
 * Fresh copies of what scoring reads (the model's columns, timestamps, the missing-row mask, the labels)
 * and the events, for transfer; copied a slice per task, so the click that starts a scoring stays short.
 */
export async function scoringCopy(dataset: Dataset, features: readonly string[]): Promise<Dataset> {
  const columns = dataset.columns.filter((column) => features.includes(column.key));
  const [timestamps, labels, missing, ...values] = await copyInSlices([dataset.timestamps, dataset.labels ?? null, dataset.missing ?? null, ...columns.map((column) => column.values)]);
  const copy: Dataset = {
    ...dataset,
    timestamps: timestamps as Float64Array,
    columns: columns.map((column, i) => ({ ...column, values: values[i] as Float32Array })),
    labels: labels as Uint8Array | null,
    missing: missing as Uint8Array | null,
  };
  return copy;
}

/**
 * Scores every row of `dataset` with a model in a worker and assembles the detection there (sorted
 * references, thresholds); `onProgress` gets the share of rows done. The worker keeps a copy, so
 * `viewOf` can follow the threshold off the main thread. Aborting `signal` terminates the worker and
 * rejects with an AbortError. Leaves a `score` performance measure (wall time on the main thread).
 */
export async function scoreDetection(dataset: Dataset, request: ScoreRequest, model: ScoredModel, signal?: AbortSignal, onProgress?: (done: number) => void): Promise<Detection> {
  const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
  const start = performance.now();
  const copy = await scoringCopy(dataset, request.preprocessing.features);
  const { key, parts } = await scoreWorker
    .run((api) => api.score(Comlink.transfer(copy, datasetBuffers(copy)), request, model, progress), signal)
    .catch((error: unknown) => {
      throw fromPortableError(error);
    });
  const detection: Detection = { ...parts, dataset };
  heldKeys.set(detection, key);
  performance.measure('score', { start, duration: performance.now() - start });
  return detection;
}

/**
 * The view and report of `detection` at `threshold` with `maintenance`: from the score worker when it
 * still holds this scoring, else computed here (the same functions, so the same figures).
 */
export async function viewOf(detection: Detection, threshold: number, maintenance: readonly MaintenanceWindow[]): Promise<ShownView> {
  const key = heldKeys.get(detection);
  if (key !== undefined && scoreWorker.started) {
    try {
      const shown = await scoreWorker.run((api) => api.view(key, threshold, maintenance));
      if (shown) return shown;
    } catch (error) {
      // A worker that stopped (a later scoring cancelled) no longer holds it: the page computes it instead.
      console.warn('The score worker could not compute the view; computing it on the page', error);
    }
    heldKeys.delete(detection);
  }
  return shownView(detection, threshold, maintenance);
}
