import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDetectMemory } from '../persistence/detectMemory';
import { settingsStore } from '../persistence/settingsStore';
import { testDataset } from '../persistence/testDataset';
import { testArtifacts, testErrors, testModelMeta } from '../persistence/testModel';
import type { Dataset } from '../shared/dataset';
import type { MaintenanceWindow } from '../shared/feedback';
import type { DatasetScores } from '../shared/scoring';
import { initialState, useAppStore } from './appStore';
import { setThreshold, startDetection } from './detection';
import { assembleDetection, type ScoredModel } from './detectionBuild';
import type { Detection } from './detectionJob';
import { shownView } from './shownDetection';
import { rememberThreshold } from './detectionMemory';

const ROWS = 2000;
// Two spikes twelve hours apart: two incidents whatever the cool-down.
const SPIKES = [100, 1500];
const dataset = testDataset('a', 1000, ROWS);

function meta(id: string) {
  const base = testModelMeta(id, 1);
  return { ...base, preprocessing: { ...base.preprocessing, features: ['cpu', 'ram'] } };
}

const progress = vi.hoisted(() => [] as number[]);

vi.mock('../persistence/modelStore', () => ({
  loadModel: (id: string) => Promise.resolve({ meta: meta(id), artifacts: testArtifacts([1]), errors: testErrors(), baselines: null }),
}));

vi.mock('../bridge/scoreBridge', () => ({
  // The worker's assembly and view, run here on fixed scores.
  viewOf: (detection: Detection, threshold: number, maintenance: readonly MaintenanceWindow[]) => Promise.resolve(shownView(detection, threshold, maintenance)),
  scoreDetection: (scored: Dataset, _request: unknown, model: ScoredModel, _signal: unknown, onProgress?: (done: number) => void): Promise<Detection> => {
    onProgress?.(0.5);
    progress.push(useAppStore.getState().detect.progress);
    const rowScores = Float32Array.from({ length: ROWS }, (_, i) => (SPIKES.includes(i) ? 50 : 0.2));
    const scores: DatasetScores = {
      rowScores,
      metricErrors: new Float32Array(ROWS * 2).fill(0.1),
      expected: new Float32Array(ROWS * 2),
      scoredRows: Uint32Array.from({ length: ROWS }, (_, i) => i),
      ranking: null,
      errorBins: [],
      baselines: null,
      backend: 'cpu',
      seconds: 0.1,
    };
    return Promise.resolve(assembleDetection(scored, scores, model));
  },
}));

async function settled(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(async () => {
  progress.length = 0;
  await clear(settingsStore());
  useAppStore.setState({ ...initialState(), selectedDataset: dataset, selectedModelId: 'm1' });
});

describe('startDetection', () => {
  it('reports progress, remembers the pair scored and selects a linked incident that exists', async () => {
    await startDetection(2);
    const { detect } = useAppStore.getState();
    expect(progress).toEqual([0.5]);
    expect(detect).toMatchObject({ status: 'done', progress: 1, selectedIncident: 2, pendingIncident: null });
    await settled();
    expect((await loadDetectMemory()).lastScored).toEqual({ datasetId: 'a', modelId: 'm1' });
  });

  it('ignores a linked incident the scoring does not have', async () => {
    await startDetection(3);
    expect(useAppStore.getState().detect.selectedIncident).toBeNull();
  });

  it('scores with the threshold last set for the model, and the automatic one for another', async () => {
    await startDetection();
    const automatic = useAppStore.getState().detect.threshold;
    setThreshold(60);
    await settled();
    expect((await loadDetectMemory()).thresholds).toEqual({ m1: 60 });

    await startDetection();
    expect(useAppStore.getState().detect.threshold).toBe(60);
    useAppStore.setState({ selectedModelId: 'm2' });
    await startDetection();
    expect(useAppStore.getState().detect.threshold).toBe(automatic);
  });
});

describe('rememberThreshold', () => {
  it('writes the latest threshold of each model however fast they come', async () => {
    for (let i = 1; i <= 50; i++) rememberThreshold('m1', i);
    rememberThreshold('m2', 7);
    rememberThreshold('m1', 99);
    await settled();
    expect((await loadDetectMemory()).thresholds).toEqual({ m1: 99, m2: 7 });
  });
});
