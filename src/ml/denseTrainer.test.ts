import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAutoencoder } from './autoencoder';
import { createDenseTrainer } from './denseTrainer';
import { sineMatrix, useCpuBackend } from './testing';

beforeAll(useCpuBackend);

/** Trains with tfjs' own gradients and Adam, the reference the hand-written trainer must match; returns the summed squared errors. */
function referenceTraining(model: tf.LayersModel, batches: readonly Float32Array[], cols: number, learningRate: number): number {
  const optimizer = tf.train.adam(learningRate);
  let squaredErrorSum = 0;
  for (const rows of batches) {
    const cost = optimizer.minimize(() => {
      const x = tf.tensor2d(rows, [rows.length / cols, cols]);
      return tf.losses.meanSquaredError(x, model.apply(x) as tf.Tensor2D) as tf.Scalar;
    }, true);
    squaredErrorSum += (cost?.dataSync()[0] ?? Number.NaN) * rows.length;
    cost?.dispose();
  }
  optimizer.dispose();
  return squaredErrorSum;
}

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(a.sub(b))).dataSync()[0]);

describe('createDenseTrainer', () => {
  it('takes the same Adam steps as tf.train.adam on tfjs gradients, an uneven batch included', async () => {
    const cols = 6;
    const data = sineMatrix(100, cols, 3);
    // 32, 32 and 36 rows: the gradient scale differs per batch size.
    const epoch = [data.values.subarray(0, 32 * cols), data.values.subarray(32 * cols, 64 * cols), data.values.subarray(64 * cols)];
    const batches = [...epoch, ...epoch, ...epoch, ...epoch];
    const reference = buildAutoencoder(cols, [5, 2], 4);
    const model = buildAutoencoder(cols, [5, 2], 4);
    const before = tf.memory().numTensors;

    const trainer = createDenseTrainer(model, 0.01);
    for (const rows of batches.slice(0, 3)) trainer.step(rows, rows.length / cols);
    const firstEpochSum = await trainer.takeSquaredErrorSum();
    for (const rows of batches.slice(3)) trainer.step(rows, rows.length / cols);
    const laterSum = await trainer.peekSquaredErrorSum();
    expect(await trainer.takeSquaredErrorSum()).toBe(laterSum);
    expect(await trainer.peekSquaredErrorSum()).toBe(0);
    trainer.writeBack();
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);

    const expectedFirstSum = referenceTraining(reference, batches.slice(0, 3), cols, 0.01);
    expect(firstEpochSum).toBeCloseTo(expectedFirstSum, 4);
    const trained = model.getWeights();
    // A fresh reference run over all batches, as the previous one's optimizer state is gone.
    const fresh = buildAutoencoder(cols, [5, 2], 4);
    referenceTraining(fresh, batches, cols, 0.01);
    const expected = fresh.getWeights();
    const untrained = buildAutoencoder(cols, [5, 2], 4).getWeights();
    // The steps moved the weights far more than the two trainers differ.
    expect(Math.max(...trained.map((weight, index) => maxDifference(weight, untrained[index])))).toBeGreaterThan(1e-2);
    for (const [index, weight] of trained.entries()) expect(maxDifference(weight, expected[index])).toBeLessThan(1e-5);
    tf.dispose(untrained);
    model.dispose();
    reference.dispose();
    fresh.dispose();
  });

  it('updates on the host bit for bit as the Adam kernels do, and frees every tensor', async () => {
    const cols = 6;
    const data = sineMatrix(96, cols, 5);
    const run = async (adamOn: 'host' | 'device') => {
      const model = buildAutoencoder(cols, [5, 2], 7);
      const before = tf.memory().numTensors;
      const trainer = createDenseTrainer(model, 0.01, adamOn);
      for (let epoch = 0; epoch < 5; epoch++) {
        for (let start = 0; start < 96; start += 40) {
          const rows = data.values.subarray(start * cols, Math.min(96, start + 40) * cols);
          trainer.step(rows, rows.length / cols);
        }
      }
      const sum = await trainer.takeSquaredErrorSum();
      trainer.writeBack();
      trainer.dispose();
      const leaked = tf.memory().numTensors - before;
      const weights = model.getWeights().map((weight) => Array.from(weight.dataSync()));
      model.dispose();
      return { sum, weights, leaked };
    };
    const host = await run('host');
    const device = await run('device');
    expect(host.leaked).toBe(0);
    expect(device.leaked).toBe(0);
    expect(host.sum).toBe(device.sum);
    expect(host.weights).toEqual(device.weights);
    const untrained = buildAutoencoder(cols, [5, 2], 7);
    expect(host.weights).not.toEqual(untrained.getWeights().map((weight) => Array.from(weight.dataSync())));
    untrained.dispose();
  });

  it('refuses a model that is not a stack of ReLU and sigmoid Dense layers', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, activation: 'tanh', inputShape: [4] })] });
    expect(() => createDenseTrainer(model, 0.01)).toThrow(RangeError);
    model.dispose();
  });
});
