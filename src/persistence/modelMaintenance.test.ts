import 'fake-indexeddb/auto';
import { clear, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { ModelNotFoundError } from '../shared/errors';
import type { MaintenanceWindow } from '../shared/feedback';
import { loadModel, modelArtifactsStore, modelMetaStore, saveModel, scanModels, setModelMaintenance } from './modelStore';
import { testArtifacts, testErrors, testModelMeta } from './testModel';

beforeEach(async () => {
  await clear(modelMetaStore());
  await clear(modelArtifactsStore());
});

const NIGHTLY: MaintenanceWindow = { kind: 'daily', from: 120, to: 150 };

describe('maintenance windows on a saved model', () => {
  it('are saved with the model, and a model saved before them has none', async () => {
    await saveModel(testModelMeta('a', 1), testArtifacts([1]), testErrors());
    expect((await loadModel('a')).meta.maintenance).toBeUndefined();
    const meta = await setModelMaintenance('a', [NIGHTLY]);
    expect(meta.maintenance).toEqual([NIGHTLY]);
    expect((await loadModel('a')).meta.maintenance).toEqual([NIGHTLY]);
    await expect(setModelMaintenance('gone', [])).rejects.toBeInstanceOf(ModelNotFoundError);
  });

  it('lists a model whose stored window is unusable as a storage problem', async () => {
    await saveModel(testModelMeta('a', 1), testArtifacts([1]), testErrors());
    await set('a', { version: 1, meta: { ...testModelMeta('a', 1), maintenance: [{ kind: 'daily', from: 120, to: 120 }] } }, modelMetaStore());
    const scan = await scanModels();
    expect(scan.items).toHaveLength(0);
    expect(scan.problems[0].reason).toBe('meta.maintenance[0] is a window that starts and ends at the same time');
  });
});
