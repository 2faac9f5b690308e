import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveLastScored } from '../persistence/detectMemory';
import { datasetDataStore, datasetMetaStore, saveDataset } from '../persistence/datasetStore';
import { loadSettings, settingsStore } from '../persistence/settingsStore';
import { testDataset } from '../persistence/testDataset';
import { testModelMeta } from '../persistence/testModel';
import { initialState, useAppStore } from './appStore';
import type { Detection } from './detectionJob';
import { selectLinked, showDetection } from './openLink';
import { EMPTY_LINK, parseViewHash } from './urlState';

const calls = vi.hoisted(() => ({ scored: [] as (number | null)[], selected: [] as number[] }));

// Scoring needs a worker; these tests check what is asked of it.
vi.mock('./detection', () => ({
  startDetection: (incident: number | null = null) => {
    calls.scored.push(incident);
    return Promise.resolve();
  },
  selectLinkedIncident: (id: number) => {
    calls.selected.push(id);
  },
}));

const A = testDataset('a', 1000);
const B = testDataset('b', 2000);

beforeEach(async () => {
  calls.scored.length = 0;
  calls.selected.length = 0;
  await Promise.all([clear(datasetMetaStore()), clear(datasetDataStore()), clear(settingsStore())]);
  await saveDataset(A);
  await saveDataset(B);
  useAppStore.setState({
    ...initialState(),
    datasets: [B.meta, A.meta],
    datasetsLoaded: true,
    models: [testModelMeta('m1', 1), testModelMeta('m2', 2)],
    modelsLoaded: true,
    selectedModelId: 'm1',
  });
});

function opened(): { tab: string; dataset: string | undefined; model: string | null } {
  const state = useAppStore.getState();
  return { tab: state.activePanel, dataset: state.selectedDataset?.meta.id, model: state.selectedModelId };
}

describe('selectLinked', () => {
  it('opens the linked panel, dataset and model and keeps the incident', async () => {
    expect(await selectLinked(parseViewHash('#tab=detect&dataset=b&model=m2&incident=3'), 'a')).toBe(3);
    expect(opened()).toEqual({ tab: 'detect', dataset: 'b', model: 'm2' });
    expect((await loadSettings()).selectedModelId).toBe('m2');
  });

  it('falls back to the remembered dataset for an unknown one and drops the incident', async () => {
    expect(await selectLinked(parseViewHash('#tab=detect&dataset=gone&model=m2&incident=3'), 'a')).toBeNull();
    expect(opened()).toEqual({ tab: 'detect', dataset: 'a', model: 'm2' });
  });

  it('keeps the picked model for a deleted one and drops the incident', async () => {
    expect(await selectLinked(parseViewHash('#tab=explore&dataset=b&model=deleted&incident=2'), null)).toBeNull();
    expect(opened()).toEqual({ tab: 'explore', dataset: 'b', model: 'm1' });
  });

  it('changes nothing for garbage but opens the remembered dataset', async () => {
    expect(await selectLinked(parseViewHash('#%%garbage&&tab=nope'), 'a')).toBeNull();
    expect(opened()).toEqual({ tab: 'generate', dataset: 'a', model: 'm1' });
  });

  it('leaves the open dataset when the link names none', async () => {
    useAppStore.setState({ selectedDataset: B });
    await selectLinked(EMPTY_LINK, 'a');
    expect(opened().dataset).toBe('b');
  });
});

describe('showDetection', () => {
  it('scores again the pair scored last, with the incident', async () => {
    useAppStore.setState({ selectedDataset: A });
    await saveLastScored({ datasetId: 'a', modelId: 'm1' });
    await showDetection(null);
    await showDetection(4);
    expect(calls.scored).toEqual([null, 4]);
  });

  it('scores a pair scored before only when a link names one of its incidents', async () => {
    useAppStore.setState({ selectedDataset: B });
    await saveLastScored({ datasetId: 'a', modelId: 'm1' });
    await showDetection(null);
    expect(calls.scored).toEqual([]);
    await showDetection(2);
    expect(calls.scored).toEqual([2]);
  });

  it('only selects the incident when that detection is on screen', async () => {
    const detection = { dataset: A, modelId: 'm1' } as unknown as Detection;
    useAppStore.setState((state) => ({ selectedDataset: A, detect: { ...state.detect, status: 'done', detection } }));
    await saveLastScored({ datasetId: 'a', modelId: 'm1' });
    await showDetection(5);
    expect(calls).toEqual({ scored: [], selected: [5] });
  });

  it('does nothing without a dataset and a model', async () => {
    await saveLastScored({ datasetId: 'a', modelId: 'm1' });
    await showDetection(1);
    expect(calls.scored).toEqual([]);
  });
});
