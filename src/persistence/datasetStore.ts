import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
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

/** The heavy part of a dataset, stored under the same id as its meta record. */
export interface DatasetDataRecord {
  version: typeof DATASET_SCHEMA_VERSION;
  timestamps: Float64Array;
  columns: MetricColumn[];
  labels: Uint8Array | null;
  events: AnomalyEvent[];
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
 * Saves a dataset: columns first, then the meta record that makes it visible in the list.
 * On failure nothing new stays behind, earlier datasets are untouched, and a typed error is thrown.
 */
export async function saveDataset(dataset: Dataset): Promise<void> {
  const { meta } = dataset;
  const what = `“${meta.name}”`;
  const existed = (await get(meta.id, datasetMetaStore())) !== undefined;
  const data: DatasetDataRecord = {
    version: DATASET_SCHEMA_VERSION,
    timestamps: dataset.timestamps,
    columns: dataset.columns,
    labels: dataset.labels,
    events: dataset.events,
  };
  try {
    await set(meta.id, data, datasetDataStore());
  } catch (error) {
    throw await writeError(error, what, meta.sizeBytes);
  }
  try {
    await set(meta.id, { version: DATASET_SCHEMA_VERSION, meta } satisfies DatasetMetaRecord, datasetMetaStore());
  } catch (error) {
    // Columns without a meta record are invisible but take space, so a new dataset's columns go too.
    if (!existed) await del(meta.id, datasetDataStore()).catch((rollback: unknown) => console.warn('Rollback failed', rollback));
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

/** Loads one dataset with its columns; throws DatasetNotFoundError when either record is missing. */
export async function loadDataset(id: string): Promise<Dataset> {
  const metaRecord = await get<DatasetMetaRecord>(id, datasetMetaStore());
  if (!metaRecord) throw new DatasetNotFoundError(id);
  const data = await get<DatasetDataRecord>(id, datasetDataStore());
  if (!data) throw new DatasetNotFoundError(id);
  if (metaRecord.version !== DATASET_SCHEMA_VERSION || data.version !== DATASET_SCHEMA_VERSION) {
    throw new StorageError(`“${metaRecord.meta.name}” was saved by a newer version of this app and cannot be opened here.`);
  }
  return {
    meta: metaRecord.meta,
    timestamps: data.timestamps,
    columns: data.columns,
    labels: data.labels,
    events: data.events,
  };
}

/** Deletes a dataset: the meta record first, so the list never shows a dataset without columns. */
export async function deleteDataset(id: string): Promise<void> {
  await del(id, datasetMetaStore());
  await del(id, datasetDataStore());
}
