import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { fromArtifacts } from './modelArtifacts';
import { testConfig, useCpuBackend } from './testing';
import type { TrainUpdate } from '../shared/training';
import { REPORT_INTERVAL_MS, throttledReports, trainModel } from './trainModel';

beforeAll(useCpuBackend);

const wave = (n: number, phase: number) => Array.from({ length: n }, (_, i) => 0.5 + 0.3 * Math.sin(i / 9 + phase));

describe('trainModel', () => {
  it('trains on the cpu backend, returns loadable artifacts and leaks no tensors', async () => {
    const dataset = tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1), disk: wave(300, 2) });
    const before = tf.memory().numTensors;
    const result = await trainModel(dataset, { preprocess: { context: false, stillness: false, window: 1 }, config: testConfig({ epochs: 3 }), backend: 'cpu' });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.backend).toBe('cpu');
    expect(result.history.backend).toBe('cpu');
    expect(result.history.threads).toBe(1);
    expect(result.history.loss).toHaveLength(3);
    expect(result.preprocessing.features).toEqual(['cpu', 'mem', 'disk']);
    expect(result.artifacts.weightData).toBeInstanceOf(ArrayBuffer);
    const model = await fromArtifacts(result.artifacts);
    expect(model.inputs[0].shape).toEqual([null, 3]);
    model.dispose();
  });
});

describe('throttledReports', () => {
  afterEach(() => vi.restoreAllMocks());

  it('drops reports closer than REPORT_INTERVAL_MS, never one that closes an epoch (it carries the validation loss)', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const passed: TrainUpdate[] = [];
    const report = throttledReports((update) => passed.push(update), 'cpu');
    const progress = (batch: number, valLoss: number | null) => ({ epoch: 0, epochs: 2, batch, batches: 4, loss: 1, valLoss, samplesPerSecond: 1, etaSeconds: null });
    report(progress(1, null));
    now += 10;
    report(progress(2, null));
    now += 10;
    report(progress(4, 0.5));
    now += REPORT_INTERVAL_MS;
    report(progress(1, 0.5));
    expect(passed.map((u) => [u.batch, u.valLoss, u.backend])).toEqual([[1, null, 'cpu'], [4, 0.5, 'cpu'], [1, 0.5, 'cpu']]);
  });
});
