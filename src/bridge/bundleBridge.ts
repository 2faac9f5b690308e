import type { ModelBundle } from '../core/bundle/bundleFormat';
import { fromPortableError } from '../shared/portableError';
import type { BundleApi } from '../workers/bundle.worker';
import { WorkerHandle } from '../workers/workerHandle';

function createBundleWorker(): Worker {
  return new Worker(new URL('../workers/bundle.worker.ts', import.meta.url), { type: 'module', name: 'bundle' });
}

const bundleWorker = new WorkerHandle<BundleApi>('model reader', createBundleWorker);

/**
 * Reads and checks a model bundle .zip in a worker, so a large or hostile file never holds up the
 * page; rejects with the app's typed error naming the file and what is wrong.
 */
export function readBundleFile(file: File, signal?: AbortSignal): Promise<ModelBundle> {
  return bundleWorker.run((api) => api.read(file), signal).catch((error: unknown) => {
    throw fromPortableError(error);
  });
}
