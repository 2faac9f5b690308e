import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAbortError } from '../shared/errors';
import type { Matrix, TrainProgress } from '../shared/model';
import { buildAutoencoder } from './autoencoder';
import { meanLoss } from './evaluate';
import { reconstructionErrors } from './score';
import { sineMatrix, testConfig, useCpuBackend } from './testing';
import { trainAutoencoder } from './train';

beforeAll(useCpuBackend);

const constant = (rows: number, cols: number, value: number): Matrix => ({ values: new Float32Array(rows * cols).fill(value), rows, cols });

describe('trainAutoencoder', () => {
  it('lowers training and validation loss on correlated sine features, reporting progress', async () => {
    const train = sineMatrix(2000, 6, 1);
    const validation = sineMatrix(400, 6, 2, 2000);
    const model = buildAutoencoder(6, [8, 3], 1);
    const progress: TrainProgress[] = [];
    try {
      const before = await meanLoss(model, validation, 256);
      const config = testConfig({ epochs: 4 });
      const history = await trainAutoencoder(model, train, validation, config, { backend: 'cpu', readEvery: 8, onProgress: (p) => progress.push(p) });

      expect(history.loss).toHaveLength(4);
      expect(history.loss[3]).toBeLessThan(history.loss[0]);
      expect(history.valLoss[3]).toBeLessThan(before / 10);
      expect(history.bestEpoch).toBe(history.valLoss.indexOf(Math.min(...history.valLoss)));
      expect(history.stoppedEarly).toBe(false);
      expect(history.backend).toBe('cpu');
      expect(history.samplesPerSecond).toBeGreaterThan(0);

      // 32 batches an epoch, read every 8: 3 reports inside each epoch and one at its end.
      expect(progress).toHaveLength(16);
      expect(progress[0]).toMatchObject({ epoch: 0, epochs: 4, batch: 8, batches: 32, valLoss: null });
      expect(progress[3]).toMatchObject({ epoch: 0, batch: 32, loss: history.loss[0], valLoss: history.valLoss[0] });
      expect(progress.at(-1)?.etaSeconds).toBe(0);
      expect(progress.every((p) => p.samplesPerSecond > 0 && Number.isFinite(p.loss))).toBe(true);
      // The live curve's loss covers the batches since the previous report: the first report's is the epoch mean so far,
      // and the epoch's mean is the samples-weighted mean of its four windows (8 batches of 64 each, the last shorter).
      expect(progress[0].recentLoss).toBeCloseTo(progress[0].loss, 12);
      const windows = progress.slice(0, 4).map((p) => p.recentLoss!);
      const sizes = [512, 512, 512, 2000 - 3 * 512]; // batches of 64
      const weighted = windows.reduce((sum, loss, i) => sum + loss * sizes[i], 0) / 2000;
      expect(weighted).toBeCloseTo(history.loss[0], 6);
      // No cliff at the epoch boundary: epoch 2's first window is near epoch 1's last, far below epoch 1's mean.
      expect(Math.abs(progress[4].recentLoss! - progress[3].recentLoss!)).toBeLessThan(Math.abs(progress[4].loss - progress[3].loss) + 1e-12);
    } finally {
      model.dispose();
    }
  });

  it('repeats exactly for the same seed', async () => {
    const run = async () => {
      const model = buildAutoencoder(4, [3], 5);
      const history = await trainAutoencoder(model, sineMatrix(300, 4, 1), sineMatrix(60, 4, 2), testConfig({ epochs: 2 }), { backend: 'cpu' });
      model.dispose();
      return history.valLoss;
    };
    expect(await run()).toEqual(await run());
  });

  it('stops early and restores the epoch with the lowest validation loss', async () => {
    // Outputs climb from about 0.5 towards the training value 0.9, passing the validation value 0.8:
    // validation loss falls, bottoms out, then rises.
    const validation = constant(8, 4, 0.8);
    const model = buildAutoencoder(4, [3], 1);
    try {
      const config = testConfig({ epochs: 40, batchSize: 32, learningRate: 0.02, patience: 2 });
      const history = await trainAutoencoder(model, constant(256, 4, 0.9), validation, config, { backend: 'cpu' });

      const best = history.valLoss.indexOf(Math.min(...history.valLoss));
      expect(history.stoppedEarly).toBe(true);
      expect(history.bestEpoch).toBe(best);
      // Reached before the run ended: the epochs after the best one add time, not a better loss.
      expect(history.bestSeconds).toBeGreaterThan(0);
      expect(history.bestSeconds).toBeLessThan(history.seconds);
      expect(best).toBeGreaterThan(0);
      expect(history.valLoss).toHaveLength(best + 3);
      const restored = await meanLoss(model, validation, 8);
      expect(restored).toBeCloseTo(history.valLoss[best], 7);
      expect(restored).toBeLessThan(history.valLoss.at(-1) ?? 0);
    } finally {
      model.dispose();
    }
  });

  it('rejects with an AbortError when cancelled between batches and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const model = buildAutoencoder(5, [4, 2], 3);
    const controller = new AbortController();
    let reports = 0;
    const training = trainAutoencoder(model, sineMatrix(2000, 5, 1), sineMatrix(100, 5, 2), testConfig({ epochs: 50 }), {
      backend: 'cpu',
      readEvery: 4,
      signal: controller.signal,
      onProgress: () => {
        reports += 1;
        if (reports === 3) controller.abort();
      },
    });
    const error: unknown = await training.catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(error).toBeInstanceOf(DOMException);
    expect(reports).toBe(3);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('sees an abort sent from another task while it runs', async () => {
    const model = buildAutoencoder(5, [4], 3);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    let lastEpoch = -1;
    await expect(
      trainAutoencoder(model, sineMatrix(2000, 5, 1), sineMatrix(100, 5, 2), testConfig({ epochs: 1000, patience: 1000 }), {
        backend: 'cpu',
        signal: controller.signal,
        onProgress: (progress) => (lastEpoch = progress.epoch),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(lastEpoch).toBeLessThan(999); // stopped by the abort, not by running out of epochs
    model.dispose();
  });

  it('holds as many tensors after a full train and score cycle as before', async () => {
    const before = tf.memory().numTensors;
    const model = buildAutoencoder(6, [8, 3], 11);
    const data = sineMatrix(500, 6, 4);
    await trainAutoencoder(model, data, sineMatrix(100, 6, 5), testConfig({ epochs: 3, batchSize: 48, patience: 1 }), { backend: 'cpu', readEvery: 2 });
    await reconstructionErrors(model, data, 64);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses data that does not fit the model or the configuration', async () => {
    const model = buildAutoencoder(4, [2], 1);
    const data = sineMatrix(10, 4, 1);
    const options = { backend: 'cpu' };
    await expect(trainAutoencoder(model, sineMatrix(10, 5, 1), data, testConfig(), options)).rejects.toThrow(RangeError);
    await expect(trainAutoencoder(model, { ...data, rows: 0 }, data, testConfig(), options)).rejects.toThrow(RangeError);
    await expect(trainAutoencoder(model, data, data, testConfig({ batchSize: 0 }), options)).rejects.toThrow(RangeError);
    model.dispose();
  });
});
