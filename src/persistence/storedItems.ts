import { del, get, getMany, keys, type UseStore } from 'idb-keyval';
import { dataKeyOwner } from './datasetRecords';
import { datasetDataStore, datasetMetaStore, deleteDataset, deleteDatasetData } from './datasetStore';
import { modelArtifactsStore, modelMetaStore, deleteModel } from './modelStore';
import { ifLockFree, saveLockName } from './locks';
import type { StoredKind } from './storageProblem';

/** Where one kind of item keeps its records, and how to remove them whatever state they are in. */
export interface StoredItemKind {
  metaStore: () => UseStore;
  dataStore: () => UseStore;
  /** The item id a data-store key belongs to. */
  owner: (key: string) => string;
  /** Removes the meta record (if any) and every data record. */
  remove: (id: string) => Promise<void>;
  /** Removes the data records only. */
  removeData: (id: string) => Promise<void>;
}

export const STORED_KINDS: Record<StoredKind, StoredItemKind> = {
  dataset: { metaStore: datasetMetaStore, dataStore: datasetDataStore, owner: dataKeyOwner, remove: deleteDataset, removeData: deleteDatasetData },
  model: { metaStore: modelMetaStore, dataStore: modelArtifactsStore, owner: (key) => key, remove: deleteModel, removeData: (id) => del(id, modelArtifactsStore()) },
};

/** One stored record as it is, for an export of a broken item. */
export interface RawRecord {
  store: 'meta' | 'data';
  key: string;
  value: unknown;
}

/** Every record stored for an item, its meta record (when there is one) first; reads the data too. */
export async function readRawRecords(kind: StoredKind, id: string): Promise<RawRecord[]> {
  const { metaStore, dataStore, owner } = STORED_KINDS[kind];
  const meta = await get<unknown>(id, metaStore());
  const dataKeys = (await keys(dataStore())).map(String).filter((key) => owner(key) === id);
  const values = await getMany<unknown>(dataKeys, dataStore());
  const records: RawRecord[] = dataKeys.map((key, i) => ({ store: 'data', key, value: values[i] }));
  return meta === undefined ? records : [{ store: 'meta', key: id, value: meta }, ...records];
}

/** Every item id with data records in a store, and how many records each has. */
export async function dataOwners(kind: StoredKind): Promise<Map<string, number>> {
  const { dataStore, owner } = STORED_KINDS[kind];
  const owners = new Map<string, number>();
  for (const key of await keys(dataStore())) {
    const id = owner(String(key));
    owners.set(id, (owners.get(id) ?? 0) + 1);
  }
  return owners;
}

/** Bytes the typed arrays and text in a stored value take, roughly: what deleting it frees. */
export function approximateBytes(value: unknown): number {
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'string') return value.length * 2;
  if (typeof value === 'number') return 8;
  if (typeof value !== 'object' || value === null) return 1;
  return Object.values(value).reduce((sum: number, item) => sum + approximateBytes(item), 0);
}

/** Bytes of every data record an item id owns (read in full: meant for records about to be removed). */
export async function ownedBytes(kind: StoredKind, id: string): Promise<number> {
  const { dataStore, owner } = STORED_KINDS[kind];
  const owned = (await keys(dataStore())).filter((key) => owner(String(key)) === id);
  let bytes = 0;
  // One record at a time, so an orphaned column is the most held in memory at once.
  for (const key of owned) bytes += approximateBytes(await get<unknown>(key, dataStore()));
  return bytes;
}

/**
 * Deletes a broken item, or an orphan's data records. An orphan is removed under its save's lock
 * and only while no meta record claims it, so a save finishing in another tab keeps its data.
 */
export async function deleteStoredItem(kind: StoredKind, id: string, orphan: boolean): Promise<void> {
  const { metaStore, remove, removeData } = STORED_KINDS[kind];
  if (!orphan) return remove(id);
  await ifLockFree(saveLockName(kind, id), async () => {
    if ((await get(id, metaStore())) === undefined) await removeData(id);
  });
}
