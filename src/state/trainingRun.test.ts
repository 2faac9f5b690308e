import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings, settingsStore } from '../persistence/settingsStore';
import { testModelMeta } from '../persistence/testModel';
import { initialState, useAppStore } from './appStore';
import { asTrainingRun, noteInterruptedTraining } from './trainingRun';

const run = { id: 'run-1', datasetName: 'web', startedAt: 5 };
const NOTE = 'The training on “web” was interrupted by a reload; nothing was saved.';

beforeEach(async () => {
  await clear(settingsStore());
  useAppStore.setState(initialState());
});

describe('training run marker', () => {
  it('is stored while the job runs and cleared when it ends, even by an error', async () => {
    let during: unknown = null;
    await asTrainingRun('run-1', 'web', async () => {
      during = (await loadSettings()).trainingRun;
    });
    expect(during).toMatchObject({ id: 'run-1', datasetName: 'web' });
    expect((await loadSettings()).trainingRun).toBeNull();
    await expect(asTrainingRun('run-2', 'web', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await loadSettings()).trainingRun).toBeNull();
  });

  it('left behind by a reload, says so once at start and is cleared', async () => {
    await saveSettings({ trainingRun: run });
    await noteInterruptedTraining((await loadSettings()).trainingRun);
    expect(useAppStore.getState().alerts.map((alert) => alert.message)).toEqual([NOTE]);
    expect((await loadSettings()).trainingRun).toBeNull();
    await noteInterruptedTraining((await loadSettings()).trainingRun);
    expect(useAppStore.getState().alerts).toHaveLength(1);
  });

  it('says nothing when the run saved its model before the reload', async () => {
    useAppStore.setState({ models: [testModelMeta('run-1', 1000)] });
    await saveSettings({ trainingRun: run });
    await noteInterruptedTraining(run);
    expect(useAppStore.getState().alerts).toEqual([]);
    expect((await loadSettings()).trainingRun).toBeNull();
  });
});
