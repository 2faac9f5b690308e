import * as Comlink from 'comlink';
import type { PartReader } from '../core/ingest/partedRead';
import { fromPortableError } from '../shared/portableError';
import type { IngestPartApi } from './ingestPart.worker';
import { inOwnWorker } from './workerHandle';

/**
 * Reads a later part of a file in a worker of its own, started from the ingest worker: the second core's half of
 * a big import. The worker is ended when the part is read, fails, or `signal` fires (the import then reads on alone).
 */
export const workerPartReader: PartReader = (request, onBytes, signal) =>
  inOwnWorker<IngestPartApi, Awaited<ReturnType<PartReader>>>(
    'second file reader',
    () => new Worker(new URL('./ingestPart.worker.ts', import.meta.url), { type: 'module', name: 'ingest-part' }),
    (api) => api.readPart(request, Comlink.proxy(onBytes)),
    signal,
  ).catch((error: unknown) => {
    // Our typed errors cross as plain data: made ImportErrors again, so the caller tells a file's fault from a crash.
    throw fromPortableError(error);
  });
