import { StorageError, StorageQuotaError } from '../shared/errors';

export interface StorageEstimateBytes {
  usage: number;
  quota: number;
}

/** How much this origin stores and may store, or null where the browser does not say. */
export async function storageEstimate(): Promise<StorageEstimateBytes | null> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.estimate !== 'function') return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

/** Turns a failed IndexedDB write into a typed error; a full disk becomes StorageQuotaError with the numbers we know. */
export async function writeError(error: unknown, what: string, neededBytes: number | null): Promise<Error> {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') {
    const estimate = await storageEstimate().catch((estimateError: unknown) => {
      console.warn('Storage estimate failed', estimateError);
      return null;
    });
    const available = estimate ? Math.max(0, estimate.quota - estimate.usage) : null;
    return new StorageQuotaError(what, neededBytes, available, { cause: error });
  }
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return new StorageError(`Could not save ${what} in this browser: ${detail || 'the write was aborted'}.`, { cause: error });
}
