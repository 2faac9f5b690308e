import * as Comlink from 'comlink';
import { generateDataset } from '../core/generator/generate';
import { debugLogText, serverLogParts } from '../core/formats/serverLog';
import { datasetBuffers, type Dataset } from '../shared/dataset';
import type { GeneratorConfig } from '../shared/generatorConfig';

export interface GenerateResult {
  dataset: Dataset;
  /** Time spent inside the worker, without the transfer back. */
  workerMs: number;
}

const api = {
  /** Generates a dataset and hands its column buffers to the caller without copying. */
  generate(config: GeneratorConfig, onProgress?: (fraction: number) => void): GenerateResult {
    const started = performance.now();
    const dataset = generateDataset(config, { onProgress: onProgress ? (fraction) => void onProgress(fraction) : undefined });
    const workerMs = performance.now() - started;
    return Comlink.transfer({ dataset, workerMs }, datasetBuffers(dataset));
  },

  /** `server_logs.txt` as a Blob built from chunks, so the text never exists as one string. */
  exportServerLog(dataset: Dataset): Blob {
    return new Blob(serverLogParts(dataset), { type: 'text/plain' });
  },

  /** `debug_logs.txt`: the ground truth, one line per injected event. */
  exportDebugLog(dataset: Pick<Dataset, 'meta' | 'events'>): Blob {
    return new Blob([debugLogText(dataset)], { type: 'text/plain' });
  },
};

export type GeneratorApi = typeof api;

Comlink.expose(api);
