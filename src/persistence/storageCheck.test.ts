import 'fake-indexeddb/auto';
import { clear, keys, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arrayKey } from './datasetRecords';
import { datasetDataStore, datasetMetaStore, saveDataset } from './datasetStore';
import { modelArtifactsStore, modelMetaStore } from './modelStore';
import { listPendingSaves, markSaveStarted, pendingSavesStore } from './pendingSaves';
import { checkStorage } from './storageCheck';
import { deleteStoredItem } from './storedItems';
import { testDataset } from './testDataset';
import { testArtifacts, testErrors } from './testModel';

/** Writes what a dataset save leaves when its tab dies after two arrays: no meta record. */
async function cutOffSave(id: string, marked: boolean): Promise<void> {
  if (marked) await markSaveStarted('dataset', id);
  await set(arrayKey.timestamps(id), new Float64Array(4), datasetDataStore());
  await set(arrayKey.column(id, 0), new Float32Array(4), datasetDataStore());
}

async function dataKeys(): Promise<string[]> {
  return ((await keys(datasetDataStore())) as string[]).sort();
}

beforeEach(async () => {
  await Promise.all([datasetMetaStore(), datasetDataStore(), modelMetaStore(), modelArtifactsStore(), pendingSavesStore()].map((store) => clear(store)));
  await saveDataset(testDataset('kept', 1000));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkStorage', () => {
  it('finds nothing in healthy storage, and a finished save leaves no marker', async () => {
    expect(await checkStorage()).toEqual({ orphans: [], cleaned: [] });
    expect(await listPendingSaves()).toEqual([]);
  });

  it('removes the records of a save cut off mid-way, without asking, and keeps every other dataset', async () => {
    const before = await dataKeys();
    await cutOffSave('cut', true);
    expect(await checkStorage()).toEqual({ orphans: [], cleaned: [{ kind: 'dataset', id: 'cut' }] });
    expect(await dataKeys()).toEqual(before);
    expect(await listPendingSaves()).toEqual([]);
  });

  it('lists data records without a marker or a meta record, with their size, and deletes them when asked', async () => {
    const before = await dataKeys();
    await cutOffSave('old', false);
    await set('lost-model', { version: 1, artifacts: testArtifacts([1, 2]), errors: testErrors() }, modelArtifactsStore());
    const { orphans, cleaned } = await checkStorage();
    expect(cleaned).toEqual([]);
    expect(orphans).toEqual([
      { kind: 'dataset', id: 'old', name: null, reason: '2 records (48 bytes) that no dataset refers to, left by a save that never finished', orphan: true },
      expect.objectContaining({ kind: 'model', id: 'lost-model', name: null, orphan: true }),
    ]);
    await deleteStoredItem('dataset', 'old', true);
    await deleteStoredItem('model', 'lost-model', true);
    expect(await dataKeys()).toEqual(before);
    expect(await keys(modelArtifactsStore())).toEqual([]);
  });

  it('leaves a save that another tab is still running alone', async () => {
    const held = new Set(['metrics-anomaly-analyzer-save:dataset:busy']);
    // A lock manager where another tab holds the busy save's lock.
    const locks = {
      request: (name: string, options: unknown, task?: (lock: unknown) => Promise<unknown>) => {
        const run = task ?? (options as (lock: unknown) => Promise<unknown>);
        const ifAvailable = task !== undefined && (options as { ifAvailable?: boolean }).ifAvailable === true;
        return run(ifAvailable && held.has(name) ? null : { name });
      },
    };
    vi.stubGlobal('navigator', { locks });
    await cutOffSave('busy', true);
    expect(await checkStorage()).toEqual({ orphans: [], cleaned: [] });
    expect(await dataKeys()).toContain(arrayKey.timestamps('busy'));
    expect((await listPendingSaves()).map((marker) => marker.id)).toEqual(['busy']);
  });

  it('keeps an orphan that a meta record claims by the time the user deletes it', async () => {
    await cutOffSave('late', false);
    expect((await checkStorage()).orphans).toHaveLength(1);
    await set('late', { version: 2, meta: { ...testDataset('late', 3000).meta } }, datasetMetaStore());
    await deleteStoredItem('dataset', 'late', true);
    expect(await dataKeys()).toContain(arrayKey.timestamps('late'));
  });

  it('clears the marker of a save whose meta record was written', async () => {
    await markSaveStarted('dataset', 'kept');
    const before = await dataKeys();
    expect(await checkStorage()).toEqual({ orphans: [], cleaned: [] });
    expect(await dataKeys()).toEqual(before);
    expect(await listPendingSaves()).toEqual([]);
  });
});
