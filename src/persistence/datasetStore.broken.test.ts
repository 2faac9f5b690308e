import 'fake-indexeddb/auto';
import { clear, del, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatasetNotFoundError } from '../shared/errors';
import { arrayKey } from './datasetRecords';
import { datasetDataStore, datasetMetaStore, deleteDataset, loadDataset, saveDataset, scanDatasets } from './datasetStore';
import { StoredRecordError } from './storageProblem';
import { testDataset } from './testDataset';

beforeEach(async () => {
  await clear(datasetMetaStore());
  await clear(datasetDataStore());
  await saveDataset(testDataset('good', 1000));
  await saveDataset(testDataset('bad', 2000));
});

/** What loading the dataset `id` throws. */
async function loadError(id: string): Promise<unknown> {
  return loadDataset(id).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('datasetStore with broken records', () => {
  it('lists a meta record missing fields as a problem and every other dataset as usual', async () => {
    await set('bad', { version: 2, meta: { id: 'bad', name: 'web' } }, datasetMetaStore());
    const scan = await scanDatasets();
    expect(scan.items.map((meta) => meta.id)).toEqual(['good']);
    expect(scan.problems).toEqual([{ kind: 'dataset', id: 'bad', name: 'web', reason: 'meta.source is missing', orphan: false }]);
    const error = await loadError('bad');
    expect(error).toBeInstanceOf(StoredRecordError);
    expect((error as Error).message).toBe('The dataset “web” cannot be used: meta.source is missing. It is listed under Storage problems, where you can export or delete it.');
  });

  it('lists a null meta as a problem without a name', async () => {
    await set('bad', { version: 2, meta: null }, datasetMetaStore());
    const scan = await scanDatasets();
    expect(scan.items.map((meta) => meta.id)).toEqual(['good']);
    expect(scan.problems[0]).toMatchObject({ id: 'bad', name: null, reason: 'meta is null, not an object' });
  });

  it('lists a dataset whose timestamps record is missing, and says so on load instead of "deleted"', async () => {
    await del(arrayKey.timestamps('bad'), datasetDataStore());
    const scan = await scanDatasets();
    expect(scan.items.map((meta) => meta.id)).toEqual(['good']);
    expect(scan.problems[0]).toMatchObject({ id: 'bad', name: 'server-bad', reason: 'its timestamps are missing' });
    expect((await loadError('bad')) as Error).toMatchObject({ name: 'StoredRecordError', problem: { reason: 'its timestamps are missing' } });
  });

  it('refuses a column stored as text or of the wrong length when loading it', async () => {
    await set(arrayKey.column('bad', 1), 'not numbers', datasetDataStore());
    expect(await loadError('bad')).toMatchObject({ problem: { kind: 'dataset', id: 'bad', reason: 'column ram is stored as text, not as a Float32Array' } });
    await set(arrayKey.column('bad', 1), new Float32Array(7), datasetDataStore());
    expect(await loadError('bad')).toMatchObject({ problem: { reason: 'column ram has 7 values, the dataset has 4 rows' } });
    expect((await loadDataset('good')).columns[1].values).toHaveLength(4);
  });

  it('still says "not found" for a dataset that is not stored', async () => {
    expect(await loadError('gone')).toBeInstanceOf(DatasetNotFoundError);
  });

  it('deletes every record of a dataset whose meta record is broken', async () => {
    await set('bad', { version: 2, meta: null }, datasetMetaStore());
    await deleteDataset('bad');
    expect(await keys(datasetMetaStore())).toEqual(['good']);
    expect((await keys(datasetDataStore())).every((key) => String(key).startsWith('good'))).toBe(true);
    expect((await scanDatasets()).problems).toEqual([]);
  });
});
