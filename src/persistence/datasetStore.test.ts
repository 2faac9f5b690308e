import 'fake-indexeddb/auto';
import { clear, get, keys, set } from 'idb-keyval';
import type * as IdbKeyval from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetNotFoundError, StorageError, StorageQuotaError } from '../shared/errors';
import { dataKeys, type DatasetDataRecord, type DatasetMetaRecord } from './datasetRecords';
import {
  datasetDataStore,
  datasetMetaStore,
  deleteDataset,
  listDatasets,
  loadDataset,
  renameDataset,
  saveDataset,
} from './datasetStore';
import { listPendingSaves, pendingSavesStore } from './pendingSaves';
import { testDataset } from './testDataset';

// Lets a test make the next write to one store fail the way a full disk does.
const failing = vi.hoisted(() => ({ store: null as unknown, error: null as unknown, skip: 0, writes: [] as unknown[] }));
vi.mock('idb-keyval', async (importOriginal) => {
  const original = await importOriginal<typeof IdbKeyval>();
  return {
    ...original,
    set: (key: IDBValidKey, value: unknown, store: Parameters<typeof original.set>[2]) => {
      failing.writes.push(store);
      if (failing.store !== null && store === failing.store && failing.skip-- <= 0) {
        const error = failing.error;
        failing.store = null;
        return Promise.reject(error);
      }
      return original.set(key, value, store);
    },
  };
});

/** The data-store keys actually written for each dataset id, sorted. */
async function storedKeys(): Promise<string[]> {
  return ((await keys(datasetDataStore())) as string[]).sort();
}

/** The keys a dataset without a missing mask leaves behind (dataKeys lists every possible key). */
function keysWithoutMissing(id: string, columns: number): string[] {
  return dataKeys(id, columns)
    .filter((key) => !key.endsWith('#missing'))
    .sort();
}

beforeEach(async () => {
  failing.store = null;
  failing.skip = 0;
  failing.writes = [];
  await clear(datasetMetaStore());
  await clear(datasetDataStore());
  await clear(pendingSavesStore());
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
    expect(await storedKeys()).toEqual(keysWithoutMissing('b', 2));
    await expect(loadDataset('a')).rejects.toBeInstanceOf(DatasetNotFoundError);
  });

  it('throws StorageQuotaError on a full disk, naming what failed but not the estimate, and keeps earlier datasets', async () => {
    await saveDataset(testDataset('kept', 1000));
    failing.store = datasetDataStore();
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    // The estimate still says 1.1 GB is free, as Chromium's does when the disk itself is full.
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 0, quota: 1_100_000_000 }) } });
    const error = await saveDataset(testDataset('big', 2000))
      .catch((e: unknown) => e)
      .finally(() => vi.unstubAllGlobals());
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).neededBytes).toBe(68);
    expect((error as Error).message).toBe(
      'The browser refused to store “server-big” (about 68 bytes): its storage for this app, or the disk, is full. Nothing new was saved. Delete a dataset or free disk space and try again.',
    );
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['kept']);
    expect(Array.from((await loadDataset('kept')).columns[0].values)).toEqual([0.5, 1.5, 2.5, 3.5]);
  });

  it('rolls back the columns when the meta write fails', async () => {
    await saveDataset(testDataset('kept', 1000));
    failing.store = datasetMetaStore();
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    await expect(saveDataset(testDataset('big', 2000))).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await storedKeys()).toEqual(keysWithoutMissing('kept', 2));
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['kept']);
  });

  it('removes the arrays already written when a later array fails', async () => {
    await saveDataset(testDataset('kept', 1000));
    failing.store = datasetDataStore();
    failing.skip = 2; // timestamps and the first column land, the second column fails
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    await expect(saveDataset(testDataset('big', 2000))).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await storedKeys()).toEqual(keysWithoutMissing('kept', 2));
  });

  it('reports other write failures as StorageError', async () => {
    failing.store = datasetDataStore();
    failing.error = new DOMException('Transaction aborted', 'AbortError');
    const error = await saveDataset(testDataset('x', 1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).name).toBe('StorageError');
    expect(await listDatasets()).toEqual([]);
  });

  it('round-trips the missing-row mask and the import report', async () => {
    const dataset = testDataset('up', 1000);
    dataset.meta.source = 'upload';
    dataset.meta.report = {
      fileName: 'up.csv',
      format: 'delimited',
      bytesRead: 120,
      rowsRead: 3,
      rowsImported: 3,
      skipped: { count: 1, examples: [{ line: 3, reason: 'not a number' }] },
      duplicatesDropped: 0,
      intervalMs: 30_000,
      gaps: { count: 1, missingRows: 1, longest: { start: 1000, end: 61_000 } },
      filledRows: 1,
      alignedRows: 0,
      labels: null,
    };
    dataset.missing = Uint8Array.from([0, 0, 1, 0]);
    await saveDataset(dataset);
    const loaded = await loadDataset('up');
    expect(loaded.missing).toBeInstanceOf(Uint8Array);
    expect(Array.from(loaded.missing ?? [])).toEqual([0, 0, 1, 0]);
    expect(loaded.meta.report).toEqual(dataset.meta.report);
    expect(await storedKeys()).toEqual([...dataKeys('up', 2)].sort());
    await deleteDataset('up');
    expect(await storedKeys()).toEqual([]);
  });

  it('loads a dataset without a mask with missing null', async () => {
    await saveDataset(testDataset('a', 1000));
    expect((await loadDataset('a')).missing).toBeNull();
  });

  it('reads version 1 records, which had no missing mask', async () => {
    const dataset = testDataset('v1', 1000);
    await saveDataset(dataset);
    const header = (await get<DatasetDataRecord>('v1', datasetDataStore())) as DatasetDataRecord;
    const { hasMissing: _dropped, ...oldHeader } = header;
    await set('v1', { ...oldHeader, version: 1 }, datasetDataStore());
    await set('v1', { version: 1, meta: dataset.meta } satisfies DatasetMetaRecord, datasetMetaStore());
    expect((await listDatasets()).map((meta) => meta.id)).toEqual(['v1']);
    const loaded = await loadDataset('v1');
    expect(loaded.missing).toBeNull();
    expect(Array.from(loaded.labels ?? [])).toEqual([0, 1, 0, 0]);
  });

  it('refuses records from a newer version with a clear message', async () => {
    const dataset = testDataset('future', 1000);
    await saveDataset(dataset);
    await set('future', { version: 99, meta: dataset.meta }, datasetMetaStore());
    expect(await listDatasets()).toEqual([]);
    await expect(loadDataset('future')).rejects.toThrow(/saved by a newer version/);
  });

  it('renames a dataset without touching its columns', async () => {
    await saveDataset(testDataset('a', 1000));
    const before = await storedKeys();
    const meta = await renameDataset('a', 'Production web, March');
    expect(meta.name).toBe('Production web, March');
    expect((await listDatasets())[0].name).toBe('Production web, March');
    expect((await loadDataset('a')).meta.name).toBe('Production web, March');
    expect(await storedKeys()).toEqual(before);
  });

  it('renaming a dataset that is gone throws DatasetNotFoundError and stores nothing', async () => {
    await expect(renameDataset('gone', 'x')).rejects.toBeInstanceOf(DatasetNotFoundError);
    expect(await listDatasets()).toEqual([]);
  });

  it('refuses a dataset that cannot fit before writing anything, with space needed and available', async () => {
    await saveDataset(testDataset('kept', 1000));
    const before = await storedKeys();
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 9_950_000, quota: 10_000_000 }) } });
    try {
      const big = testDataset('big', 2000);
      big.meta.sizeBytes = 120_000;
      const error = await saveDataset(big).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageQuotaError);
      expect((error as StorageQuotaError).availableBytes).toBe(50_000);
      expect((error as Error).message).toBe(
        'Not enough browser storage to save “server-big”: it needs about 120.0 KB but only 50.0 KB is available. Delete a dataset and try again.',
      );
      expect(await storedKeys()).toEqual(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('marks the save of a new dataset as in progress before its first array and clears the mark after its meta record', async () => {
    await saveDataset(testDataset('a', 1000));
    expect(failing.writes[0]).toBe(pendingSavesStore());
    expect(failing.writes.at(-1)).toBe(datasetMetaStore());
    expect(await listPendingSaves()).toEqual([]);
  });

  it('keeps the mark of a failed save, so the next start removes whatever a failed rollback would leave', async () => {
    failing.store = datasetMetaStore();
    failing.error = new DOMException('Transaction aborted', 'AbortError');
    await expect(saveDataset(testDataset('a', 1000))).rejects.toBeInstanceOf(StorageError);
    expect((await listPendingSaves()).map((marker) => marker.id)).toEqual(['a']);
    expect(await storedKeys()).toEqual([]);
  });
});
