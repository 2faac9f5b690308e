import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { fromArtifacts } from './modelArtifacts';
import { testConfig, useCpuBackend } from './testing';
import type { TrainUpdate } from '../shared/training';
import { REPORT_INTERVAL_MS, throttledReports, trainModel, worthAReplica } from './trainModel';
import { inThreadReplicas, type ReplicaFactory } from './dataParallel';

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

describe('worthAReplica', () => {
  it('starts a second replica for half a million samples (rows × epochs) or more', () => {
    expect(worthAReplica(419_328, testConfig({ epochs: 10 }))).toBe(true); // the 6-month default
    expect(worthAReplica(7_142, testConfig({ epochs: 12 }))).toBe(false);
    expect(worthAReplica(50_000, testConfig({ epochs: 10 }))).toBe(true);
    expect(worthAReplica(49_999, testConfig({ epochs: 10 }))).toBe(false);
  });

  it('asks the factory only for a run that long, and trains with both replicas then', async () => {
    const dataset = tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1), disk: wave(300, 2) });
    const asked: number[] = [];
    const counting: ReplicaFactory = (shard, config, backend) => {
      asked.push(shard.rows);
      return inThreadReplicas(shard, config, backend);
    };
    const request = (epochs: number) => ({ preprocess: { context: false, stillness: false, window: 1 }, config: testConfig({ epochs, batchSize: 256 }), backend: 'cpu' as const });
    const short = await trainModel(dataset, request(2), undefined, counting);
    expect(asked).toEqual([]);
    expect(short.history.threads).toBe(1);
    // 240 training rows: 2,084 epochs is the first run past half a million samples.
    const long = await trainModel(dataset, { ...request(2084), config: testConfig({ epochs: 2084, batchSize: 256, patience: 1 }) }, undefined, counting);
    expect(asked).toEqual([120]);
    expect(long.history.threads).toBe(2);
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
