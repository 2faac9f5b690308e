import * as Comlink from 'comlink';
import { readPart, type PartRequest } from '../core/ingest/partedRead';
import type { TablePart } from '../core/ingest/table';
import { toPortableError } from '../shared/portableError';
import { buffersOf } from '../shared/transfer';

// The second reader of a big import, started by the ingest worker (see core/ingest/partedRead).
const api = {
  /** Reads the later part of a file; its columns are handed back without copying. */
  async readPart(request: PartRequest, onBytes: (position: number) => void): Promise<TablePart> {
    try {
      const part = await readPart(request, (position) => void onBytes(position));
      return Comlink.transfer(part, buffersOf([part.table.timestamps, ...part.table.columns.map((column) => column.values), part.table.labels]));
    } catch (error) {
      throw toPortableError(error);
    }
  },
};

export type IngestPartApi = typeof api;

Comlink.expose(api);
