import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { fromArtifacts } from './modelArtifacts';
import { testConfig, useCpuBackend } from './testing';
import type { TrainUpdate } from '../shared/training';
import { REPORT_INTERVAL_MS, throttledReports, trainModel, worthAReplica } from './trainModel';
import { inThreadReplicas, type ReplicaFactory } from './dataParallel';
import { fitBaselines } from '../core/baselines/baselineProfile';
import { fitPreprocessing } from '../core/preprocess/fit';

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

  const dataset = tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1), disk: wave(300, 2) });
  const preprocess = { context: false, stillness: false, window: 1 };
  const request = (epochs: number) => ({ preprocess, config: testConfig({ epochs, batchSize: 256, patience: 1 }), backend: 'cpu' as const });
  // 240 training rows: 2,084 epochs is the first run past half a million samples.
  const LONG = 2084;

  it('asks the factory only for a run that long, and trains with both replicas then', async () => {
    const asked: number[] = [];
    const counting: ReplicaFactory = (shard, config, backend) => {
      asked.push(shard.rows);
      return inThreadReplicas(shard, config, backend);
    };
    const short = await trainModel(dataset, request(2), undefined, counting);
    expect(asked).toEqual([]);
    expect(short.history.threads).toBe(1);
    const long = await trainModel(dataset, request(LONG), undefined, counting);
    expect(asked).toEqual([120]);
    expect(long.history.threads).toBe(2);
  });

  it('has the replica fit the baselines, the same as this worker fits them, and fits them itself when the replica fails', async () => {
    const short = await trainModel(dataset, request(2));
    // The baselines read no weights and no score profile: those of the final layout are the ones fitted without it.
    const { train, validation } = fitPreprocessing(dataset, { validationSplit: testConfig().validationSplit, ...preprocess });
    expect(fitBaselines({ dataset, preprocessing: short.preprocessing, trainRows: train.rows, validationRows: validation.rows })).toEqual(short.baselines);
    let fitted = 0;
    const replicas = (fails: boolean): ReplicaFactory => async (shard, config, backend) => {
      const replica = (await inThreadReplicas(shard, config, backend))!;
      return { ...replica, fitBaselines: (job) => (++fitted, fails ? Promise.reject(new Error('worker gone')) : replica.fitBaselines(job)) };
    };
    const helped = await trainModel(dataset, request(LONG), undefined, replicas(false));
    expect(fitted).toBe(1);
    expect(helped.baselines).toEqual(short.baselines);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fallen = await trainModel(dataset, request(LONG), undefined, replicas(true));
    expect(fitted).toBe(2);
    expect(fallen.baselines).toEqual(short.baselines);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('asks a replica whose round failed for nothing more, and disposes it once', async () => {
    let asked = 0;
    let disposed = 0;
    const failing: ReplicaFactory = async (shard, config, backend) => {
      const replica = (await inThreadReplicas(shard, config, backend))!;
      return {
        round: () => Promise.reject(new Error('worker gone')),
        fitBaselines: (job) => (++asked, replica.fitBaselines(job)),
        dispose: () => (++disposed, replica.dispose()),
      };
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await trainModel(dataset, request(LONG), undefined, failing);
    warn.mockRestore();
    expect(result.history.threads).toBe(2);
    expect(asked).toBe(0);
    expect(disposed).toBe(1);
    expect(result.baselines).toEqual((await trainModel(dataset, request(2))).baselines);
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
