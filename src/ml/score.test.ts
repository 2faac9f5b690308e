import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAutoencoder } from './autoencoder';
import { meanLoss } from './evaluate';
import { reconstructionErrors } from './score';
import { sineMatrix, testConfig, useCpuBackend } from './testing';
import { trainAutoencoder } from './train';

beforeAll(useCpuBackend);

describe('reconstructionErrors', () => {
  it('gives one score per row and one squared error per cell, consistent with the mean loss', async () => {
    const data = sineMatrix(103, 5, 1);
    const model = buildAutoencoder(5, [3], 2);
    try {
      const { rowErrors, featureErrors } = await reconstructionErrors(model, data, 16);
      expect(rowErrors).toHaveLength(103);
      expect(featureErrors).toHaveLength(103 * 5);
      expect(rowErrors[7]).toBeCloseTo(featureErrors.slice(35, 40).reduce((a, b) => a + b) / 5, 6);
      const mean = rowErrors.reduce((a, b) => a + b) / 103;
      expect(mean).toBeCloseTo(await meanLoss(model, data, 32), 5);
    } finally {
      model.dispose();
    }
  });

  it('scores a row far from the training data higher than the rows it learned, naming the odd feature', async () => {
    const before = tf.memory().numTensors;
    const train = sineMatrix(1000, 6, 3);
    const model = buildAutoencoder(6, [8, 3], 1);
    await trainAutoencoder(model, train, sineMatrix(200, 6, 5, 1000), testConfig({ epochs: 6, batchSize: 32 }), { backend: 'cpu' });
    const probe = sineMatrix(50, 6, 6, 1200);
    probe.values[10 * 6 + 2] = 0.98; // one feature of row 10 breaks the pattern
    const { rowErrors, featureErrors } = await reconstructionErrors(model, probe, 20);
    model.dispose();

    const others = [...rowErrors].filter((_, row) => row !== 10);
    expect(rowErrors[10]).toBeGreaterThan(5 * Math.max(...others));
    const rowTen = [...featureErrors.slice(60, 66)];
    expect(rowTen.indexOf(Math.max(...rowTen))).toBe(2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses data of another width', async () => {
    const model = buildAutoencoder(4, [2], 1);
    await expect(reconstructionErrors(model, sineMatrix(3, 5, 1), 8)).rejects.toThrow(RangeError);
    model.dispose();
  });
});
