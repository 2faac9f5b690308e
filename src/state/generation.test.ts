import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetDataStore, datasetMetaStore, saveDataset } from '../persistence/datasetStore';
import { loadSettings, settingsStore } from '../persistence/settingsStore';
import { testDataset } from '../persistence/testDataset';
import { abortError, WorkerCrashedError } from '../shared/errors';
import type { GenerateOptions, GenerateRun } from '../bridge/generatorBridge';
import { initialState, useAppStore } from './appStore';
import { loadInitialState } from './boot';
import { openDataset, removeDataset } from './datasetActions';
import { cancelGeneration, startGeneration } from './generation';

interface PendingRun {
  options: GenerateOptions;
  resolve: (run: GenerateRun) => void;
  reject: (error: unknown) => void;
}

const runs = vi.hoisted(() => [] as PendingRun[]);

// The worker is replaced by a promise the test settles; abort behaves like the real bridge.
vi.mock('../bridge/generatorBridge', () => ({
  generate: (_config: unknown, options: GenerateOptions) =>
    new Promise<GenerateRun>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(abortError()));
      runs.push({ options, resolve, reject });
    }),
}));


async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function ids(): string[] {
  return useAppStore.getState().datasets.map((meta) => meta.id);
}

beforeEach(async () => {
  runs.length = 0;
  useAppStore.setState(initialState());
  await Promise.all([clear(datasetMetaStore()), clear(datasetDataStore()), clear(settingsStore())]);
});

describe('generation', () => {
  it('saves, selects and lists a generated dataset, and reports the run', async () => {
    const done = startGeneration();
    expect(useAppStore.getState().job.status).toBe('running');
    runs[0].options.onProgress?.(0.5);
    expect(useAppStore.getState().job.progress).toBe(0.5);
    runs[0].resolve({ dataset: testDataset('new', 2000), wallMs: 620, workerMs: 600 });
    await done;

    const state = useAppStore.getState();
    expect(state.job).toEqual({ status: 'done', progress: 1, summary: { rows: 4, columns: 2, wallMs: 620, workerMs: 600 } });
    expect(state.selectedDataset?.meta.id).toBe('new');
    expect(ids()).toEqual(['new']);
    expect((await loadSettings()).selectedDatasetId).toBe('new');
    expect(state.alerts).toEqual([]);
  });

  it('cancel leaves the stored and selected dataset as they were, silently', async () => {
    await saveDataset(testDataset('old', 1000));
    await loadInitialState();
    await openDataset('old');

    const done = startGeneration();
    await settle();
    cancelGeneration();
    await done;

    const state = useAppStore.getState();
    expect(state.job.status).toBe('cancelled');
    expect(state.selectedDataset?.meta.id).toBe('old');
    expect(ids()).toEqual(['old']);
    expect(state.alerts).toEqual([]);
    expect((await loadSettings()).selectedDatasetId).toBe('old');
  });

  it('a crashed worker reaches the alert outlet and keeps the selection', async () => {
    await saveDataset(testDataset('old', 1000));
    await openDataset('old');
    const done = startGeneration();
    runs[0].reject(new WorkerCrashedError('data generator'));
    await done;

    const state = useAppStore.getState();
    expect(state.job.status).toBe('failed');
    expect(state.selectedDataset?.meta.id).toBe('old');
    expect(state.alerts.map((alert) => alert.message)).toEqual(['The data generator stopped unexpectedly. Please try again.']);
  });

  it('ignores a second start while running', async () => {
    const first = startGeneration();
    await startGeneration();
    expect(runs).toHaveLength(1);
    cancelGeneration();
    await first;
  });
});

describe('boot and datasets', () => {
  it('reopens the last selected dataset and restores the last configuration', async () => {
    await saveDataset(testDataset('a', 1000));
    await saveDataset(testDataset('b', 2000));
    await openDataset('a');
    useAppStore.setState({ config: { ...useAppStore.getState().config, months: 2 } });
    const done = startGeneration();
    cancelGeneration();
    await done;

    useAppStore.setState(initialState());
    await loadInitialState();
    const state = useAppStore.getState();
    expect(state.datasetsLoaded).toBe(true);
    expect(ids()).toEqual(['b', 'a']);
    expect(state.selectedDataset?.meta.id).toBe('a');
    expect(Array.from(state.selectedDataset?.columns[0].values ?? [])).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(state.config.months).toBe(2);
  });

  it('removing the selected dataset clears the selection', async () => {
    await saveDataset(testDataset('a', 1000));
    await openDataset('a');
    await removeDataset('a');
    expect(useAppStore.getState().selectedDataset).toBeNull();
    expect(ids()).toEqual([]);
    expect((await loadSettings()).selectedDatasetId).toBeNull();
  });

  it('opening a missing dataset is reported', async () => {
    await openDataset('nope');
    expect(useAppStore.getState().alerts[0].message).toMatch(/could not be found/);
  });
});
