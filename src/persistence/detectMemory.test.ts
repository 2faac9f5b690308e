import 'fake-indexeddb/auto';
import { clear, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDetectMemory, saveLastScored, saveModelThreshold } from './detectMemory';
import { loadSettings, saveSettings, settingsStore } from './settingsStore';

beforeEach(async () => {
  await clear(settingsStore());
});

describe('detectMemory', () => {
  it('starts empty', async () => {
    expect(await loadDetectMemory()).toEqual({ thresholds: {}, lastScored: null });
  });

  it('remembers a threshold per model and forgets one', async () => {
    await saveModelThreshold('a', 2.5);
    await saveModelThreshold('b', 0.01);
    await saveModelThreshold('a', 3);
    expect((await loadDetectMemory()).thresholds).toEqual({ a: 3, b: 0.01 });
    await saveModelThreshold('a', null);
    expect((await loadDetectMemory()).thresholds).toEqual({ b: 0.01 });
  });

  it('remembers the last scoring beside the settings, without touching them', async () => {
    await saveSettings({ selectedDatasetId: 'd' });
    await saveLastScored({ datasetId: 'd', modelId: 'm' });
    expect((await loadDetectMemory()).lastScored).toEqual({ datasetId: 'd', modelId: 'm' });
    expect((await loadSettings()).selectedDatasetId).toBe('d');
    await saveLastScored(null);
    expect((await loadDetectMemory()).lastScored).toBeNull();
  });

  it('reads broken fields as unset and keeps the good ones', async () => {
    await set('detect', { version: 1, thresholds: { a: 2, b: -1, c: 'x', d: Number.NaN, e: 0 }, lastScored: { datasetId: 7 } }, settingsStore());
    expect(await loadDetectMemory()).toEqual({ thresholds: { a: 2 }, lastScored: null });
    await set('detect', 'corrupt', settingsStore());
    expect(await loadDetectMemory()).toEqual({ thresholds: {}, lastScored: null });
    await saveModelThreshold('m', 4);
    expect(await loadDetectMemory()).toEqual({ thresholds: { m: 4 }, lastScored: null });
  });

  it('ignores a record from another version', async () => {
    await set('detect', { version: 2, thresholds: { a: 2 }, lastScored: null }, settingsStore());
    expect((await loadDetectMemory()).thresholds).toEqual({});
  });
});
