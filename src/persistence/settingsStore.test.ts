import 'fake-indexeddb/auto';
import { clear, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import { clearTrainingRun, loadSettings, saveSettings, settingsStore } from './settingsStore';

beforeEach(async () => {
  await clear(settingsStore());
});

describe('settingsStore', () => {
  it('starts empty', async () => {
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null, trainingRun: null });
  });

  it('merges partial saves', async () => {
    await saveSettings({ generatorConfig: DEFAULT_CONFIG });
    await saveSettings({ selectedDatasetId: 'abc' });
    expect(await loadSettings()).toMatchObject({ generatorConfig: DEFAULT_CONFIG, selectedDatasetId: 'abc' });
    await saveSettings({ selectedDatasetId: null });
    expect((await loadSettings()).selectedDatasetId).toBeNull();
  });

  it('reads a record written before training settings existed', async () => {
    await set('settings', { version: 1, selectedDatasetId: 'x', generatorConfig: null }, settingsStore());
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: 'x', trainSettings: null, selectedModelId: null, trainingRun: null });
  });

  it('ignores a record from another schema version', async () => {
    await set('settings', { version: 99, selectedDatasetId: 'x', generatorConfig: {} }, settingsStore());
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null, trainingRun: null });
  });

  it('reads a field of the wrong type as unset', async () => {
    await set('settings', { version: 1, selectedDatasetId: 42, selectedModelId: { id: 'x' }, generatorConfig: null, trainingRun: { id: 7 } }, settingsStore());
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null, trainingRun: null });
    await set('settings', 'corrupt', settingsStore());
    expect((await loadSettings()).selectedDatasetId).toBeNull();
  });

  it('remembers a training run until that run clears it', async () => {
    const run = { id: 'r1', datasetName: 'web', startedAt: 5 };
    await saveSettings({ trainingRun: run });
    await clearTrainingRun('another');
    expect((await loadSettings()).trainingRun).toEqual(run);
    await clearTrainingRun('r1');
    expect((await loadSettings()).trainingRun).toBeNull();
  });
});
