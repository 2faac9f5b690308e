import * as Comlink from 'comlink';
import { datasetBuffers, datasetCopy, type Dataset } from '../shared/dataset';
import type { GeneratorConfig } from '../shared/generatorConfig';
import type { GeneratorApi } from '../workers/generator.worker';
import { WorkerHandle } from '../workers/workerHandle';

function createGeneratorWorker(): Worker {
  return new Worker(new URL('../workers/generator.worker.ts', import.meta.url), { type: 'module', name: 'generator' });
}

const generatorWorker = new WorkerHandle<GeneratorApi>('data generator', createGeneratorWorker);
// Exports get their own worker so a download neither waits for nor dies with a running generation.
const exportWorker = new WorkerHandle<GeneratorApi>('log exporter', createGeneratorWorker);

export interface GenerateOptions {
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Share of rows done, 0..1, as often as the generator reports it. */
  onProgress?: (fraction: number) => void;
}

export interface GenerateRun {
  dataset: Dataset;
  /** Time inside the worker. */
  workerMs: number;
  /** Time on the main thread, including worker start and transfer. */
  wallMs: number;
}

/** Generates a dataset in a worker; leaves `generate` and `generate-worker` performance measures behind. */
export async function generate(config: GeneratorConfig, options: GenerateOptions = {}): Promise<GenerateRun> {
  const { signal, onProgress } = options;
  const start = performance.now();
  const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
  const { dataset, workerMs } = await generatorWorker.run((api) => api.generate(config, progress), signal);
  const wallMs = performance.now() - start;
  performance.measure('generate', { start, duration: wallMs });
  performance.measure('generate-worker', { start, duration: workerMs });
  return { dataset, workerMs, wallMs };
}

/** The dataset with fresh copies of its arrays, handed over by transfer (see datasetCopy). */
function transferableCopy(dataset: Dataset): Dataset {
  const copy = datasetCopy(dataset);
  return Comlink.transfer(copy, datasetBuffers(copy));
}

/** `server_logs.txt` for a dataset, built in a worker. */
export function exportServerLog(dataset: Dataset, signal?: AbortSignal): Promise<Blob> {
  return exportWorker.run((api) => api.exportServerLog(transferableCopy(dataset)), signal);
}

/** `debug_logs.txt` (the ground truth) for a dataset, built in a worker. */
export function exportDebugLog(dataset: Dataset, signal?: AbortSignal): Promise<Blob> {
  // The ground truth needs no columns, so none are sent.
  return exportWorker.run((api) => api.exportDebugLog({ meta: dataset.meta, events: dataset.events }), signal);
}
