import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAutoencoder } from './autoencoder';
import { useCpuBackend } from './testing';

beforeAll(useCpuBackend);

describe('buildAutoencoder', () => {
  it('mirrors the encoder, uses ReLU inside and a sigmoid output as wide as the input', () => {
    const model = buildAutoencoder(19, [16, 4], 1);
    try {
      expect(model.inputs[0].shape).toEqual([null, 19]);
      expect(model.outputs[0].shape).toEqual([null, 19]);
      const dense = model.layers.map((layer) => layer.getConfig() as { units: number; activation: string });
      expect(dense.map((layer) => layer.units)).toEqual([16, 4, 16, 19]);
      expect(dense.map((layer) => layer.activation)).toEqual(['relu', 'relu', 'relu', 'sigmoid']);
    } finally {
      model.dispose();
    }
  });

  it('builds the same weights from the same seed and different ones from another', () => {
    const weights = (seed: number) => {
      const model = buildAutoencoder(5, [3], seed);
      const values = model.getWeights().map((weight) => Array.from(weight.dataSync()));
      model.dispose();
      return values;
    };
    expect(weights(3)).toEqual(weights(3));
    expect(weights(3)).not.toEqual(weights(4));
  });

  it('outputs values in (0, 1) and leaks nothing once disposed', () => {
    const before = tf.memory().numTensors;
    const model = buildAutoencoder(6, [4, 2], 9);
    const output = tf.tidy(() => model.predict(tf.randomNormal([10, 6], 0, 5, 'float32', 1)) as tf.Tensor);
    const values = output.dataSync();
    output.dispose();
    model.dispose();
    expect(values.every((value) => value > 0 && value < 1)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects impossible sizes', () => {
    expect(() => buildAutoencoder(0, [4], 1)).toThrow(RangeError);
    expect(() => buildAutoencoder(5, [], 1)).toThrow(RangeError);
    expect(() => buildAutoencoder(5, [4, 0], 1)).toThrow(RangeError);
  });
});
