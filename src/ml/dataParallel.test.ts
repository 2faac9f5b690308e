import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainHistory } from '../shared/model';
import { buildAutoencoder } from './autoencoder';
import { averageInto, createReplica, inThreadReplicas, splitShards, type Replica, type ReplicaFactory } from './dataParallel';
import { sineMatrix, testConfig, useCpuBackend } from './testing';
import { trainAutoencoder } from './train';

beforeAll(useCpuBackend);

const train = sineMatrix(3000, 6, 1);
const validation = sineMatrix(600, 6, 2, 3000);
const config = testConfig({ epochs: 6 });

/** Trains a fresh model of the test shape with `replicas` (none: alone) and returns its history and final weights. */
async function run(replicas?: ReplicaFactory): Promise<{ history: TrainHistory; weights: Float32Array }> {
  const model = buildAutoencoder(6, config.encoderSizes, config.seed);
  try {
    const history = await trainAutoencoder(model, train, validation, config, { backend: 'cpu', threads: 1, replicas });
    const weights = Float32Array.from(model.getWeights().flatMap((weight) => Array.from(weight.dataSync())));
    return { history, weights };
  } finally {
    model.dispose();
  }
}

describe('data-parallel training', () => {
  it('splits the rows into every other one, the helper’s copied', () => {
    const matrix = { values: Float32Array.from({ length: 10 }, (_, i) => i), rows: 5, cols: 2 };
    const { own, helper } = splitShards(matrix);
    expect(Array.from(own)).toEqual([0, 2, 4]);
    expect(helper).toEqual({ values: Float32Array.from([2, 3, 6, 7]), rows: 2, cols: 2 });
  });

  it('averages weights and both moments', () => {
    const state = (v: number) => ({ values: Float32Array.of(v, 2 * v), first: Float32Array.of(v), second: Float32Array.of(4 * v), iteration: 3 });
    const target = state(1);
    averageInto(target, state(3));
    expect(target).toEqual({ values: Float32Array.of(2, 4), first: Float32Array.of(2), second: Float32Array.of(8), iteration: 3 });
  });

  it('reaches the validation loss of one replica with two, on a fixed seed', async () => {
    const one = await run();
    const two = await run(inThreadReplicas);
    const lossOf = (history: TrainHistory) => history.valLoss[history.bestEpoch];
    const initial = await (async () => {
      const model = buildAutoencoder(6, config.encoderSizes, config.seed);
      const { meanLoss } = await import('./evaluate');
      try {
        return await meanLoss(model, validation, 256);
      } finally {
        model.dispose();
      }
    })();
    // Both learn the sines (a tenth of the untrained loss), and within a fifth of each other.
    expect(lossOf(one.history)).toBeLessThan(initial / 10);
    expect(lossOf(two.history)).toBeLessThan(initial / 10);
    expect(Math.abs(lossOf(two.history) - lossOf(one.history))).toBeLessThan(0.2 * lossOf(one.history));
    // Every row was trained on, each epoch, and the run says it used two threads.
    expect(two.history.threads).toBe(2);
    expect(two.history.loss).toHaveLength(config.epochs);
    expect(two.weights).not.toEqual(one.weights);
  });

  it('repeats itself: two runs with two replicas give the same bits', async () => {
    const first = await run(inThreadReplicas);
    const second = await run(inThreadReplicas);
    expect(second.weights).toEqual(first.weights);
    expect(second.history.valLoss).toEqual(first.history.valLoss);
  });

  it('trains alone, bit for bit, when the factory has no replica to give', async () => {
    const alone = await run();
    const declined = await run(async () => null);
    expect(declined.weights).toEqual(alone.weights);
    expect(declined.history.threads).toBe(1);
  });

  it('goes on alone over every row when the helper fails mid-run, freeing it', async () => {
    let rounds = 0;
    let disposed = false;
    const failing: ReplicaFactory = async (shard, replicaConfig) => {
      const replica = createReplica(shard, replicaConfig);
      const flaky: Replica = {
        round: (request) => (++rounds > 5 ? Promise.reject(new Error('worker gone')) : replica.round(request)),
        fitBaselines: (job) => replica.fitBaselines(job),
        dispose: () => {
          disposed = true;
          replica.dispose();
        },
      };
      return flaky;
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { history } = await run(failing);
      expect(history.loss).toHaveLength(config.epochs);
      expect(history.loss.every(Number.isFinite)).toBe(true);
      expect(history.valLoss[history.bestEpoch]).toBeLessThan(history.valLoss[0]);
      expect(disposed).toBe(true);
    } finally {
      console.warn = warn;
    }
  });

  it('frees every tensor of both replicas', async () => {
    const before = tf.memory().numTensors;
    await run(inThreadReplicas);
    expect(tf.memory().numTensors).toBe(before);
  });
});
