import * as Comlink from 'comlink';
import type { PartReader } from '../core/ingest/partedRead';
import { fromPortableError } from '../shared/portableError';
import type { IngestPartApi } from './ingestPart.worker';
import { WorkerHandle } from './workerHandle';

/**
 * Reads a later part of a file in a worker of its own, started from the ingest worker: the second core's half of
 * a big import. The worker is ended when the part is read, fails, or `signal` fires (the import then reads on alone).
 */
export const workerPartReader: PartReader = async (request, onBytes, signal) => {
  if (typeof Worker === 'undefined') throw new Error('Workers are not available here.');
  const handle = new WorkerHandle<IngestPartApi>('second file reader', () => new Worker(new URL('./ingestPart.worker.ts', import.meta.url), { type: 'module', name: 'ingest-part' }));
  try {
    // Our typed errors cross as plain data: made ImportErrors again, so the caller tells a file's fault from a crash.
    return await handle.run((api) => api.readPart(request, Comlink.proxy(onBytes)), signal).catch((error: unknown) => {
      throw fromPortableError(error);
    });
  } finally {
    handle.terminate();
  }
};
