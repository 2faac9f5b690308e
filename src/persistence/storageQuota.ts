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

/**
 * Turns a failed IndexedDB write into a typed error. A full disk becomes StorageQuotaError naming
 * what failed and its size, never the estimate's free space: that figure ignores the disk.
 */
export async function writeError(error: unknown, what: string, neededBytes: number | null): Promise<Error> {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') return new StorageQuotaError(what, neededBytes, null, { cause: error });
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return new StorageError(`Could not save ${what} in this browser: ${detail || 'the write was aborted'}.`, { cause: error });
}
