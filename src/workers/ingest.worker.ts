import * as Comlink from 'comlink';
import { importFile, previewFile, type ImportedFile } from '../core/ingest/importPipeline';
import { datasetBuffers } from '../shared/dataset';
import type { ImportMapping, ImportPreview, ImportProgress } from '../shared/ingest';
import { toPortableError } from '../shared/portableError';
import { workerPartReader } from './partReaderWorker';

function newDatasetId(): string {
  return `upload-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Runs `task`, rethrowing our typed errors as plain data so Comlink keeps their fields. */
async function portable<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw toPortableError(error);
  }
}

const api = {
  /** Detects the format of a file from its first 64 KB (decompressed when gzip). */
  preview(file: File): Promise<ImportPreview> {
    return portable(() => previewFile(file));
  },

  /**
   * Imports a whole file with a confirmed mapping (and an optional label file) into a Dataset named
   * after the file, whose buffers are handed to the caller without copying; a big file's second half is
   * read by a second worker meanwhile.
   */
  importFile(
    file: File,
    mapping: ImportMapping,
    labelsFile: File | null,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportedFile> {
    return portable(async () => {
      const result = await importFile(file, mapping, labelsFile, {
        id: newDatasetId(),
        createdAt: Date.now(),
        onProgress: onProgress ? (progress) => void onProgress(progress) : undefined,
        partReader: workerPartReader,
      });
      return Comlink.transfer(result, datasetBuffers(result.dataset));
    });
  },
};

export type IngestApi = typeof api;

Comlink.expose(api);
