import { createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import type { Dataset, DatasetMeta, MetricColumn } from '../shared/dataset';
import { DatasetNotFoundError, StorageQuotaError } from '../shared/errors';
import {
  arrayKey,
  arrayProblem,
  checkDatasetMeta,
  dataKeyOwner,
  datasetHeaderProblem,
  DATASET_SCHEMA_VERSION,
  missingProblem,
  requiredDataKeys,
  type ArrayType,
  type DatasetDataRecord,
  type DatasetMetaRecord,
} from './datasetRecords';
import { saveLockName, withLock } from './locks';
import { listMetas, renameMeta, type MetaScan } from './metaRecords';
import { markSaveFinished, markSaveStarted } from './pendingSaves';
import { StoredRecordError } from './storageProblem';
import { storageEstimate, writeError } from './storageQuota';

let metaStore: UseStore | undefined;
let dataStore: UseStore | undefined;

// Stores open on first use, so importing this module never touches IndexedDB.
/** The IndexedDB store of DatasetMeta records. */
export function datasetMetaStore(): UseStore {
  return (metaStore ??= createStore('metrics-anomaly-analyzer-dataset-meta', 'records'));
}

/** The IndexedDB store of column data records. */
export function datasetDataStore(): UseStore {
  return (dataStore ??= createStore('metrics-anomaly-analyzer-dataset-data', 'records'));
}

/**
 * Saves a dataset: the arrays one record at a time, then the meta record that makes it visible in
 * the list. On failure nothing new stays behind, earlier datasets are untouched, and a typed error is thrown.
 */
export async function saveDataset(dataset: Dataset): Promise<void> {
  const { meta } = dataset;
  const what = `“${meta.name}”`;
  const existed = (await get(meta.id, datasetMetaStore())) !== undefined;
  if (!existed) await ensureSpace(what, meta.sizeBytes);
  const header: DatasetDataRecord = {
    version: DATASET_SCHEMA_VERSION,
    columns: dataset.columns.map(({ key, label }) => ({ key, label })),
    hasLabels: dataset.labels !== null,
    hasMissing: Boolean(dataset.missing),
    events: dataset.events,
  };
  const writes: [string, unknown][] = [
    [arrayKey.timestamps(meta.id), dataset.timestamps],
    ...dataset.columns.map((column, i): [string, unknown] => [arrayKey.column(meta.id, i), column.values]),
    ...(dataset.labels ? [[arrayKey.labels(meta.id), dataset.labels] as [string, unknown]] : []),
    ...(dataset.missing ? [[arrayKey.missing(meta.id), dataset.missing] as [string, unknown]] : []),
    [meta.id, header],
    [meta.id, { version: DATASET_SCHEMA_VERSION, meta } satisfies DatasetMetaRecord],
  ];
  await withLock(saveLockName('dataset', meta.id), async () => {
    const written: string[] = [];
    try {
      // A new dataset's marker outlives a killed tab, so the next start removes its arrays.
      if (!existed) await markSaveStarted('dataset', meta.id);
      for (const [index, [key, value]] of writes.entries()) {
        const isMeta = index === writes.length - 1;
        await set(key, value, isMeta ? datasetMetaStore() : datasetDataStore());
        if (!isMeta) written.push(key);
      }
    } catch (error) {
      // Arrays without a meta record are invisible but take space, so a new dataset's arrays go too.
      if (!existed) await rollBack(written);
      throw await writeError(error, what, meta.sizeBytes);
    }
    if (!existed) await markSaveFinished('dataset', meta.id).catch((error: unknown) => console.warn('Could not clear the save marker', error));
  });
}

/** Removes a failed save's arrays; its marker stays when that fails too, for the next start to finish. */
async function rollBack(written: string[]): Promise<void> {
  try {
    await delMany(written, datasetDataStore());
  } catch (error) {
    console.warn('Rollback failed', error);
  }
}

/** Refuses a write that cannot fit before any record is written, naming the space needed and available. */
async function ensureSpace(what: string, neededBytes: number): Promise<void> {
  const estimate = await storageEstimate().catch((error: unknown) => {
    console.warn('Storage estimate failed', error);
    return null;
  });
  if (!estimate) return;
  const available = Math.max(0, estimate.quota - estimate.usage);
  if (neededBytes > available) throw new StorageQuotaError(what, neededBytes, available);
}

/** Every usable dataset's meta, newest first, and a problem for each stored one that cannot be used; reads no column. */
export async function scanDatasets(): Promise<MetaScan<DatasetMeta>> {
  // Metas first: a save writes every array before its meta, so a listed dataset's arrays are there by now.
  const scan = await listMetas(datasetMetaStore(), 'dataset', checkDatasetMeta);
  const stored = await keys(datasetDataStore());
  const present = new Set(stored.map(String));
  const headers = await getMany(scan.items.map((meta) => meta.id), datasetDataStore());
  const items: DatasetMeta[] = [];
  const problems = [...scan.problems];
  for (const [i, meta] of scan.items.entries()) {
    const problem = dataProblem(meta, headers[i], present) && (await recheck(meta));
    if (problem) problems.push({ kind: 'dataset', id: meta.id, name: meta.name, reason: problem, orphan: false });
    else items.push(meta);
  }
  return { items, problems };
}

/** What is wrong with a listed dataset's data records, from its data record and the keys present. */
function dataProblem(meta: DatasetMeta, header: unknown, present: Set<string>): string | null {
  const headerProblem = datasetHeaderProblem(header, meta);
  if (headerProblem) return headerProblem;
  const absent = requiredDataKeys(meta.id, header as DatasetDataRecord).find(([key]) => !present.has(key));
  return absent ? missingProblem(absent[1]) : null;
}

/** The same check on fresh reads, so a save or delete finishing in another tab meanwhile is no problem. */
async function recheck(meta: DatasetMeta): Promise<string | null> {
  const [record, header, stored] = await Promise.all([get(meta.id, datasetMetaStore()), get(meta.id, datasetDataStore()), keys(datasetDataStore())]);
  return record === undefined ? null : dataProblem(meta, header, new Set(stored.map(String)));
}

/** Every usable dataset's meta record, newest first, without loading any columns. */
export async function listDatasets(): Promise<DatasetMeta[]> {
  return (await scanDatasets()).items;
}

/**
 * Loads one dataset with its columns, one array per read, each checked against the row count.
 * @throws DatasetNotFoundError when it is not stored (any more), StoredRecordError when a record is broken
 */
export async function loadDataset(id: string): Promise<Dataset> {
  const record = await get<unknown>(id, datasetMetaStore());
  if (record === undefined) throw new DatasetNotFoundError(id);
  const checked = checkDatasetMeta(id, record);
  const broken = (name: string | null, reason: string) => new StoredRecordError({ kind: 'dataset', id, name, reason, orphan: false });
  if ('problem' in checked) throw broken(checked.name, checked.problem);
  const { meta } = checked;
  const fail = async (reason: string): Promise<never> => {
    // Records vanish in this order when another tab deletes the dataset mid-load.
    if ((await get(id, datasetMetaStore())) === undefined) throw new DatasetNotFoundError(id);
    throw broken(meta.name, reason);
  };
  const header = await get<unknown>(id, datasetDataStore());
  const headerProblem = datasetHeaderProblem(header, meta);
  if (headerProblem) return fail(headerProblem);
  const { columns: columnNames, hasLabels, hasMissing, events } = header as DatasetDataRecord;
  const read = async <T>(key: string, type: ArrayType, what: string): Promise<T> => {
    const value = await get<unknown>(key, datasetDataStore());
    const problem = arrayProblem(value, type, meta.rowCount, what);
    return problem ? fail(problem) : (value as T);
  };
  const timestamps = await read<Float64Array>(arrayKey.timestamps(id), Float64Array, 'its timestamps');
  const columns: MetricColumn[] = [];
  for (const [i, column] of columnNames.entries()) {
    columns.push({ ...column, values: await read<Float32Array>(arrayKey.column(id, i), Float32Array, `column ${column.key}`) });
  }
  const labels = hasLabels ? await read<Uint8Array>(arrayKey.labels(id), Uint8Array, 'its labels') : null;
  const missing = hasMissing ? await read<Uint8Array>(arrayKey.missing(id), Uint8Array, 'its filled-row flags') : null;
  return { meta, timestamps, columns, labels, missing, events };
}

/** Renames a stored dataset; throws DatasetNotFoundError when it is gone. */
export function renameDataset(id: string, name: string): Promise<DatasetMeta> {
  return renameMeta<DatasetMeta>(datasetMetaStore(), id, name, DatasetNotFoundError);
}

/**
 * Deletes a dataset, broken or not: the meta record first, so the list never shows a dataset
 * without columns, then every data record stored under its id.
 */
export async function deleteDataset(id: string): Promise<void> {
  await del(id, datasetMetaStore());
  await deleteDatasetData(id);
}

/** Deletes every data record stored under a dataset's id (its arrays and its data record). */
export async function deleteDatasetData(id: string): Promise<void> {
  const owned = (await keys(datasetDataStore())).filter((key) => dataKeyOwner(String(key)) === id);
  await delMany(owned, datasetDataStore());
}
