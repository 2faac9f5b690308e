import { createStore, del, delMany, get, set, values, type UseStore } from 'idb-keyval';
import type { AnomalyEvent } from '../shared/anomaly';
import type { Dataset, DatasetMeta, MetricColumn } from '../shared/dataset';
import { DatasetNotFoundError, StorageError } from '../shared/errors';
import { writeError } from './storageQuota';

/** Bump when a record's shape changes, and teach the readers to upgrade older records. */
export const DATASET_SCHEMA_VERSION = 1;

/** What the list needs: small, so listing never touches the columns. */
export interface DatasetMetaRecord {
  version: typeof DATASET_SCHEMA_VERSION;
  meta: DatasetMeta;
}

/** The small part of a dataset's data, stored under the dataset's id next to one record per array. */
export interface DatasetDataRecord {
  version: typeof DATASET_SCHEMA_VERSION;
  columns: { key: string; label: string }[];
  hasLabels: boolean;
  events: AnomalyEvent[];
}

/**
 * Each array is its own record: IndexedDB clones a value on the main thread inside `put`, so one
 * 35 MB record would block the page for a long task while column-sized records stay short.
 */
const arrayKey = {
  timestamps: (id: string) => `${id}#timestamps`,
  labels: (id: string) => `${id}#labels`,
  column: (id: string, index: number) => `${id}#column:${index}`,
};

/** Every key the data store holds for a dataset. */
export function dataKeys(id: string, columnCount: number): string[] {
  return [id, arrayKey.timestamps(id), arrayKey.labels(id), ...Array.from({ length: columnCount }, (_, i) => arrayKey.column(id, i))];
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
  const header: DatasetDataRecord = {
    version: DATASET_SCHEMA_VERSION,
    columns: dataset.columns.map(({ key, label }) => ({ key, label })),
    hasLabels: dataset.labels !== null,
    events: dataset.events,
  };
  const writes: [string, unknown][] = [
    [arrayKey.timestamps(meta.id), dataset.timestamps],
    ...dataset.columns.map((column, i): [string, unknown] => [arrayKey.column(meta.id, i), column.values]),
    ...(dataset.labels ? [[arrayKey.labels(meta.id), dataset.labels] as [string, unknown]] : []),
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

/** Every stored dataset's meta record, newest first, without loading any columns. */
export async function listDatasets(): Promise<DatasetMeta[]> {
  const records = await values<DatasetMetaRecord>(datasetMetaStore());
  return records
    .filter((record) => record.version === DATASET_SCHEMA_VERSION)
    .map((record) => record.meta)
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** Loads one dataset with its columns, one array per read; throws DatasetNotFoundError when a record is missing. */
export async function loadDataset(id: string): Promise<Dataset> {
  const metaRecord = await get<DatasetMetaRecord>(id, datasetMetaStore());
  if (!metaRecord) throw new DatasetNotFoundError(id);
  const header = await get<DatasetDataRecord>(id, datasetDataStore());
  if (!header) throw new DatasetNotFoundError(id);
  if (metaRecord.version !== DATASET_SCHEMA_VERSION || header.version !== DATASET_SCHEMA_VERSION) {
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
  return { meta: metaRecord.meta, timestamps, columns, labels, events: header.events };
}

/** Deletes a dataset: the meta record first, so the list never shows a dataset without columns. */
export async function deleteDataset(id: string): Promise<void> {
  const metaRecord = await get<DatasetMetaRecord>(id, datasetMetaStore());
  await del(id, datasetMetaStore());
  const columnCount = metaRecord?.meta.columnKeys.length ?? 0;
  await delMany(dataKeys(id, columnCount), datasetDataStore());
}
