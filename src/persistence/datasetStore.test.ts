import 'fake-indexeddb/auto';
import { clear, keys } from 'idb-keyval';
import type * as IdbKeyval from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetNotFoundError, StorageError, StorageQuotaError } from '../shared/errors';
import { dataKeys, datasetDataStore, datasetMetaStore, deleteDataset, listDatasets, loadDataset, saveDataset } from './datasetStore';
import { testDataset } from './testDataset';

// Lets a test make the next write to one store fail the way a full disk does.
const failing = vi.hoisted(() => ({ store: null as unknown, error: null as unknown, skip: 0 }));
vi.mock('idb-keyval', async (importOriginal) => {
  const original = await importOriginal<typeof IdbKeyval>();
  return {
    ...original,
    set: (key: IDBValidKey, value: unknown, store: Parameters<typeof original.set>[2]) => {
      if (failing.store !== null && store === failing.store && failing.skip-- <= 0) {
        const error = failing.error;
        failing.store = null;
        return Promise.reject(error);
      }
      return original.set(key, value, store);
    },
  };
});

beforeEach(async () => {
  failing.store = null;
  failing.skip = 0;
  await clear(datasetMetaStore());
  await clear(datasetDataStore());
});

describe('datasetStore', () => {
  it('round-trips typed arrays, labels and events', async () => {
    const dataset = testDataset('a', 1000);
    await saveDataset(dataset);
    const loaded = await loadDataset('a');
    expect(loaded.meta).toEqual(dataset.meta);
    expect(loaded.timestamps).toBeInstanceOf(Float64Array);
    expect(Array.from(loaded.timestamps)).toEqual(Array.from(dataset.timestamps));
    expect(loaded.columns[0].values).toBeInstanceOf(Float32Array);
    expect(Array.from(loaded.columns[1].values)).toEqual(Array.from(dataset.columns[1].values));
    expect(loaded.labels).toBeInstanceOf(Uint8Array);
    expect(Array.from(loaded.labels ?? [])).toEqual([0, 1, 0, 0]);
    expect(loaded.events).toEqual(dataset.events);
  });

  it('lists meta records newest first', async () => {
    await saveDataset(testDataset('old', 1000));
    await saveDataset(testDataset('new', 3000));
    await saveDataset(testDataset('mid', 2000));
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['new', 'mid', 'old']);
  });

  it('deletes both records', async () => {
    await saveDataset(testDataset('a', 1000));
    await saveDataset(testDataset('b', 2000));
    await deleteDataset('a');
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['b']);
    expect((await keys(datasetDataStore())).sort()).toEqual(dataKeys('b', 2).sort());
    await expect(loadDataset('a')).rejects.toBeInstanceOf(DatasetNotFoundError);
  });

  it('throws StorageQuotaError on a full disk and keeps earlier datasets', async () => {
    await saveDataset(testDataset('kept', 1000));
    failing.store = datasetDataStore();
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    const error = await saveDataset(testDataset('big', 2000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).neededBytes).toBe(68);
    expect((error as Error).message).toMatch(/Not enough browser storage to save “server-big”: it needs about 68 bytes/);
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['kept']);
    expect(Array.from((await loadDataset('kept')).columns[0].values)).toEqual([0.5, 1.5, 2.5, 3.5]);
  });

  it('rolls back the columns when the meta write fails', async () => {
    await saveDataset(testDataset('kept', 1000));
    failing.store = datasetMetaStore();
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    await expect(saveDataset(testDataset('big', 2000))).rejects.toBeInstanceOf(StorageQuotaError);
    expect((await keys(datasetDataStore())).sort()).toEqual(dataKeys('kept', 2).sort());
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['kept']);
  });

  it('removes the arrays already written when a later array fails', async () => {
    await saveDataset(testDataset('kept', 1000));
    failing.store = datasetDataStore();
    failing.skip = 2; // timestamps and the first column land, the second column fails
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    await expect(saveDataset(testDataset('big', 2000))).rejects.toBeInstanceOf(StorageQuotaError);
    expect((await keys(datasetDataStore())).sort()).toEqual(dataKeys('kept', 2).sort());
  });

  it('reports other write failures as StorageError', async () => {
    failing.store = datasetDataStore();
    failing.error = new DOMException('Transaction aborted', 'AbortError');
    const error = await saveDataset(testDataset('x', 1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).name).toBe('StorageError');
    expect(await listDatasets()).toEqual([]);
  });
});
