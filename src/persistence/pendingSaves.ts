import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import type { StoredKind } from './storageProblem';

/** Bump when the marker's shape changes. */
const PENDING_SCHEMA_VERSION = 1;

/**
 * Written before a new item's first data record and removed after its meta record: a marker
 * that outlives its tab names a save cut off by a killed browser, whose records can go.
 */
export interface PendingSave {
  version: typeof PENDING_SCHEMA_VERSION;
  kind: StoredKind;
  id: string;
  startedAt: number;
}

let store: UseStore | undefined;

/** The IndexedDB store of save-in-progress markers. */
export function pendingSavesStore(): UseStore {
  return (store ??= createStore('metrics-anomaly-analyzer-pending-saves', 'records'));
}

function markerKey(kind: StoredKind, id: string): string {
  return `${kind}:${id}`;
}

/** Records that a save of a new item is about to write its data. */
export function markSaveStarted(kind: StoredKind, id: string): Promise<void> {
  return set(markerKey(kind, id), { version: PENDING_SCHEMA_VERSION, kind, id, startedAt: Date.now() } satisfies PendingSave, pendingSavesStore());
}

/** Records that the save finished (its meta record is written) or was rolled back. */
export function markSaveFinished(kind: StoredKind, id: string): Promise<void> {
  return del(markerKey(kind, id), pendingSavesStore());
}

/** Every marker still stored; unreadable ones are left out (they name nothing to clean). */
export async function listPendingSaves(): Promise<PendingSave[]> {
  const records = await values<unknown>(pendingSavesStore());
  return records.filter(
    (record): record is PendingSave =>
      typeof record === 'object' &&
      record !== null &&
      (record as PendingSave).version === PENDING_SCHEMA_VERSION &&
      ((record as PendingSave).kind === 'dataset' || (record as PendingSave).kind === 'model') &&
      typeof (record as PendingSave).id === 'string',
  );
}
