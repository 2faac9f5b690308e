import 'fake-indexeddb/auto';
import { clear, del, keys, set } from 'idb-keyval';
import type * as IdbKeyval from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageError, StorageQuotaError } from '../shared/errors';
import {
  deleteModel,
  listModels,
  loadModel,
  modelArtifactsStore,
  modelMetaStore,
  renameModel,
  saveModel,
  scanModels,
} from './modelStore';
import { StoredRecordError } from './storageProblem';
import { ModelNotFoundError } from '../shared/errors';
import { testArtifacts, testErrors, testModelMeta } from './testModel';

// Lets a test make the next write to one store fail the way a full disk does.
const failing = vi.hoisted(() => ({ store: null as unknown, error: null as unknown }));
vi.mock('idb-keyval', async (importOriginal) => {
  const original = await importOriginal<typeof IdbKeyval>();
  return {
    ...original,
    set: (key: IDBValidKey, value: unknown, store: Parameters<typeof original.set>[2]) => {
      if (failing.store !== null && store === failing.store) {
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
  await clear(modelMetaStore());
  await clear(modelArtifactsStore());
});

describe('modelStore', () => {
  it('round-trips meta and artifacts with the weights as an ArrayBuffer', async () => {
    const meta = testModelMeta('a', 1000);
    await saveModel(meta, testArtifacts([1, 2, 3]), testErrors());
    const loaded = await loadModel('a');
    expect(loaded.meta).toEqual(meta);
    expect(loaded.artifacts.weightData).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(new Float32Array(loaded.artifacts.weightData))).toEqual([1, 2, 3]);
    expect(loaded.artifacts.weightSpecs).toEqual(testArtifacts([1, 2, 3]).weightSpecs);
    expect(Array.from(loaded.errors.validation)).toEqual(Array.from(testErrors().validation));
  });

  it('lists models newest first with their loss curves', async () => {
    await saveModel(testModelMeta('old', 1000), testArtifacts([1]), testErrors());
    await saveModel(testModelMeta('new', 3000), testArtifacts([2]), testErrors());
    await saveModel(testModelMeta('mid', 2000), testArtifacts([3]), testErrors());
    const list = await listModels();
    expect(list.map((meta) => meta.id)).toEqual(['new', 'mid', 'old']);
    expect(list[0].history.valLoss).toEqual([0.35, 0.25, 0.15]);
  });

  it('deletes both records', async () => {
    await saveModel(testModelMeta('a', 1000), testArtifacts([1]), testErrors());
    await saveModel(testModelMeta('b', 2000), testArtifacts([2]), testErrors());
    await deleteModel('a');
    expect((await listModels()).map((meta) => meta.id)).toEqual(['b']);
    expect(await keys(modelArtifactsStore())).toEqual(['b']);
    await expect(loadModel('a')).rejects.toBeInstanceOf(ModelNotFoundError);
  });

  it('keeps earlier models when the artifacts write fails', async () => {
    await saveModel(testModelMeta('kept', 1000), testArtifacts([1, 2]), testErrors());
    failing.store = modelArtifactsStore();
    failing.error = new DOMException('Quota exceeded', 'QuotaExceededError');
    await expect(saveModel(testModelMeta('big', 2000), testArtifacts([3]), testErrors())).rejects.toBeInstanceOf(StorageQuotaError);
    expect((await listModels()).map((meta) => meta.id)).toEqual(['kept']);
    expect(Array.from(new Float32Array((await loadModel('kept')).artifacts.weightData))).toEqual([1, 2]);
  });

  it('removes the new artifacts when the meta write fails', async () => {
    await saveModel(testModelMeta('kept', 1000), testArtifacts([1]), testErrors());
    failing.store = modelMetaStore();
    failing.error = new DOMException('Transaction aborted', 'AbortError');
    await expect(saveModel(testModelMeta('new', 2000), testArtifacts([2]), testErrors())).rejects.toBeInstanceOf(StorageError);
    expect(await keys(modelArtifactsStore())).toEqual(['kept']);
    expect((await listModels()).map((meta) => meta.id)).toEqual(['kept']);
  });

  it('renames a model with a read-modify-write of its meta record', async () => {
    await saveModel(testModelMeta('a', 1000), testArtifacts([1]), testErrors());
    expect((await renameModel('a', 'Night shift')).name).toBe('Night shift');
    expect((await loadModel('a')).meta.name).toBe('Night shift');
    await expect(renameModel('gone', 'x')).rejects.toBeInstanceOf(ModelNotFoundError);
  });

  it('hides and refuses records from a newer version', async () => {
    const meta = testModelMeta('future', 1000);
    await saveModel(meta, testArtifacts([1]), testErrors());
    await set('future', { version: 99, meta }, modelMetaStore());
    expect(await listModels()).toEqual([]);
    await expect(loadModel('future')).rejects.toThrow(/saved by a newer version/);
  });

  it('lists a meta record missing fields as a problem, keeps the other models, and deletes it', async () => {
    await saveModel(testModelMeta('good', 1000), testArtifacts([1]), testErrors());
    await saveModel(testModelMeta('bad', 2000), testArtifacts([1]), testErrors());
    await set('bad', { version: 1, meta: { id: 'bad', name: 'night' } }, modelMetaStore());
    const scan = await scanModels();
    expect(scan.items.map((meta) => meta.id)).toEqual(['good']);
    expect(scan.problems).toEqual([{ kind: 'model', id: 'bad', name: 'night', reason: 'meta.createdAt is missing', orphan: false }]);
    await expect(loadModel('bad')).rejects.toBeInstanceOf(StoredRecordError);
    await deleteModel('bad');
    expect((await scanModels()).problems).toEqual([]);
    expect(await keys(modelArtifactsStore())).toEqual(['good']);
  });

  it('lists a model whose weights are missing, and refuses weights of the wrong size on load', async () => {
    await saveModel(testModelMeta('a', 1000), testArtifacts([1, 2]), testErrors());
    await saveModel(testModelMeta('b', 2000), testArtifacts([1, 2]), testErrors());
    await del('a', modelArtifactsStore());
    expect((await scanModels()).problems).toMatchObject([{ id: 'a', name: 'model-a', reason: 'its weights are missing' }]);
    await set('b', { version: 1, artifacts: { ...testArtifacts([1, 2]), weightData: new ArrayBuffer(4) }, errors: testErrors() }, modelArtifactsStore());
    await expect(loadModel('b')).rejects.toMatchObject({ problem: { id: 'b', reason: 'its weights hold 4 bytes, its layers need 8' } });
  });
});
