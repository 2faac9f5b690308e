import { createStore, del, delMany, get, set, type UseStore } from 'idb-keyval';
import type { AnomalyEvent } from '../shared/anomaly';
import type { Dataset, DatasetMeta, MetricColumn } from '../shared/dataset';
import { DatasetNotFoundError, StorageError, StorageQuotaError } from '../shared/errors';
import { listMetas, renameMeta } from './metaRecords';
import { storageEstimate, writeError } from './storageQuota';

/**
 * Bump when a record's shape changes, and teach the readers to upgrade older records.
 * 2: the data record says whether a `missing` array (forward-filled rows) is stored.
 */
export const DATASET_SCHEMA_VERSION = 2;
/** Records this version reads; older ones are upgraded as they load. */
type ReadableVersion = 1 | typeof DATASET_SCHEMA_VERSION;

/** What the list needs: small, so listing never touches the columns. */
export interface DatasetMetaRecord {
  version: ReadableVersion;
  meta: DatasetMeta;
}

/** The small part of a dataset's data, stored under the dataset's id next to one record per array. */
export interface DatasetDataRecord {
  version: ReadableVersion;
  columns: { key: string; label: string }[];
  hasLabels: boolean;
  /** Since version 2; absent in version 1, which had no missing rows. */
  hasMissing?: boolean;
  events: AnomalyEvent[];
}

function readable(version: number): boolean {
  return version >= 1 && version <= DATASET_SCHEMA_VERSION;
}

/**
 * Each array is its own record: IndexedDB clones a value on the main thread inside `put`, so one
 * 35 MB record would block the page for a long task while column-sized records stay short.
 */
const arrayKey = {
  timestamps: (id: string) => `${id}#timestamps`,
  labels: (id: string) => `${id}#labels`,
  missing: (id: string) => `${id}#missing`,
  column: (id: string, index: number) => `${id}#column:${index}`,
};

/** Every key the data store holds for a dataset. */
export function dataKeys(id: string, columnCount: number): string[] {
  return [id, arrayKey.timestamps(id), arrayKey.labels(id), arrayKey.missing(id), ...Array.from({ length: columnCount }, (_, i) => arrayKey.column(id, i))];
}

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
  const written: string[] = [];
  try {
    for (const [index, [key, value]] of writes.entries()) {
      const isMeta = index === writes.length - 1;
      await set(key, value, isMeta ? datasetMetaStore() : datasetDataStore());
      if (!isMeta) written.push(key);
    }
  } catch (error) {
    // Arrays without a meta record are invisible but take space, so a new dataset's arrays go too.
    if (!existed) await delMany(written, datasetDataStore()).catch((rollback: unknown) => console.warn('Rollback failed', rollback));
    throw await writeError(error, what, meta.sizeBytes);
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

/** Every stored dataset's meta record, newest first, without loading any columns. */
export function listDatasets(): Promise<DatasetMeta[]> {
  return listMetas<DatasetMeta>(datasetMetaStore(), readable);
}

/** Loads one dataset with its columns, one array per read; throws DatasetNotFoundError when a record is missing. */
export async function loadDataset(id: string): Promise<Dataset> {
  const metaRecord = await get<DatasetMetaRecord>(id, datasetMetaStore());
  if (!metaRecord) throw new DatasetNotFoundError(id);
  const header = await get<DatasetDataRecord>(id, datasetDataStore());
  if (!header) throw new DatasetNotFoundError(id);
  if (!readable(metaRecord.version) || !readable(header.version)) {
    throw new StorageError(`“${metaRecord.meta.name}” was saved by a newer version of this app and cannot be opened here.`);
  }
  const required = async <T>(key: string): Promise<T> => {
    const value = await get<T>(key, datasetDataStore());
    if (value === undefined) throw new DatasetNotFoundError(id);
    return value;
  };
  const timestamps = await required<Float64Array>(arrayKey.timestamps(id));
  const columns: MetricColumn[] = [];
  for (const [i, column] of header.columns.entries()) {
    columns.push({ ...column, values: await required<Float32Array>(arrayKey.column(id, i)) });
  }
  const labels = header.hasLabels ? await required<Uint8Array>(arrayKey.labels(id)) : null;
  const missing = header.hasMissing ? await required<Uint8Array>(arrayKey.missing(id)) : null;
  return { meta: metaRecord.meta, timestamps, columns, labels, missing, events: header.events };
}

/** Renames a stored dataset; throws DatasetNotFoundError when it is gone. */
export function renameDataset(id: string, name: string): Promise<DatasetMeta> {
  return renameMeta<DatasetMeta>(datasetMetaStore(), id, name, DatasetNotFoundError);
}

/** Deletes a dataset: the meta record first, so the list never shows a dataset without columns. */
export async function deleteDataset(id: string): Promise<void> {
  const metaRecord = await get<DatasetMetaRecord>(id, datasetMetaStore());
  await del(id, datasetMetaStore());
  const columnCount = metaRecord?.meta.columnKeys.length ?? 0;
  await delMany(dataKeys(id, columnCount), datasetDataStore());
}
