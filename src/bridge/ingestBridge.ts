import * as Comlink from 'comlink';
import type { ImportedFile } from '../core/ingest/importPipeline';
import type { ImportMapping, ImportPreview, ImportProgress } from '../shared/ingest';
import { fromPortableError } from '../shared/portableError';
import type { IngestApi } from '../workers/ingest.worker';
import { WorkerHandle } from '../workers/workerHandle';

function createIngestWorker(): Worker {
  return new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
}

// Previews get their own worker so picking another file neither waits for nor dies with an import.
const previewWorker = new WorkerHandle<IngestApi>('file reader', createIngestWorker);
const importWorker = new WorkerHandle<IngestApi>('file importer', createIngestWorker);

export type { ImportedFile };

function rethrowTyped(error: unknown): never {
  throw fromPortableError(error);
}

export interface ImportFileOptions {
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/** Detects how to import a file, in a worker: format, columns, time format, sample rows. */
export function previewFile(file: File, signal?: AbortSignal): Promise<ImportPreview> {
  return previewWorker.run((api) => api.preview(file), signal).catch(rethrowTyped);
}

/**
 * Imports a file with a confirmed mapping in a worker; the dataset's arrays are transferred, not
 * copied. Leaves an `import` performance measure (wall time, main thread) for the benchmark.
 */
export async function importFile(file: File, mapping: ImportMapping, labelsFile: File | null, options: ImportFileOptions = {}): Promise<ImportedFile> {
  const { signal, onProgress } = options;
  const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
  const start = performance.now();
  // The file's text and the builders' buffers stay in the worker's heap after the transfer: give them back.
  const imported = await importWorker
    .run((api) => api.importFile(file, mapping, labelsFile, progress), signal)
    .catch(rethrowTyped)
    .finally(() => importWorker.release());
  performance.measure('import', { start, duration: performance.now() - start });
  return imported;
}
