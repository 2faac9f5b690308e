import 'fake-indexeddb/auto';
import { clear, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import { loadSettings, saveSettings, settingsStore } from './settingsStore';

beforeEach(async () => {
  await clear(settingsStore());
});

describe('settingsStore', () => {
  it('starts empty', async () => {
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null });
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
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: 'x', trainSettings: null, selectedModelId: null });
  });

  it('ignores a record from another schema version', async () => {
    await set('settings', { version: 99, selectedDatasetId: 'x', generatorConfig: {} }, settingsStore());
    expect(await loadSettings()).toEqual({ generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null });
  });
});
