import { get, keys } from 'idb-keyval';
import { formatBytes } from '../shared/units';
import { ifLockFree, saveLockName } from './locks';
import { listPendingSaves, markSaveFinished, type PendingSave } from './pendingSaves';
import { formatRecordCount, type StorageProblem, type StoredKind } from './storageProblem';
import { dataOwners, ownedBytes, STORED_KINDS } from './storedItems';

/** What the start-up check found. */
export interface StorageCheck {
  /** Data records no meta record refers to, one problem per item id, for the user to remove or export. */
  orphans: StorageProblem[];
  /** Items whose save was cut off (their tab died mid-save) and whose records were removed. */
  cleaned: { kind: StoredKind; id: string }[];
}

/**
 * The start-up storage check: removes what saves cut off by a killed browser left behind (their
 * marker outlived their tab), and lists any other data records that no meta record refers to.
 * Saves still running in another tab hold their lock and are left alone.
 */
export async function checkStorage(): Promise<StorageCheck> {
  const cleaned = await finishCutOffSaves();
  const orphans: StorageProblem[] = [];
  for (const kind of ['dataset', 'model'] as const) orphans.push(...(await findOrphans(kind)));
  return { orphans, cleaned };
}

/** Removes the records of every save whose tab died before its meta record was written. */
async function finishCutOffSaves(): Promise<StorageCheck['cleaned']> {
  const cleaned: StorageCheck['cleaned'] = [];
  for (const marker of await listPendingSaves()) {
    // Under the save's own lock, so a save still running in another tab is never touched.
    await ifLockFree(saveLockName(marker.kind, marker.id), async () => {
      const { metaStore, removeData } = STORED_KINDS[marker.kind];
      if ((await get(marker.id, metaStore())) === undefined) {
        await removeData(marker.id);
        cleaned.push({ kind: marker.kind, id: marker.id });
      }
      await markSaveFinished(marker.kind, marker.id);
    });
  }
  return cleaned;
}

/** Items with data records but no meta record, except saves still in progress. */
async function findOrphans(kind: StoredKind): Promise<StorageProblem[]> {
  const { metaStore } = STORED_KINDS[kind];
  // Data, then markers, then metas: a save writes its marker first and its meta last, so none is caught halfway.
  const owners = await dataOwners(kind);
  const saving = new Set((await listPendingSaves()).filter((marker: PendingSave) => marker.kind === kind).map((marker) => marker.id));
  const metas = new Set((await keys(metaStore())).map(String));
  const problems: StorageProblem[] = [];
  for (const [id, records] of owners) {
    if (metas.has(id) || saving.has(id)) continue;
    const bytes = await ownedBytes(kind, id);
    const what = records === 1 ? 'record' : 'records';
    problems.push({
      kind,
      id,
      name: null,
      reason: `${formatRecordCount(records)} ${what} (${formatBytes(bytes)}) that no ${kind} refers to, left by a save that never finished`,
      orphan: true,
    });
  }
  return problems;
}
