import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAutoencoder } from './autoencoder';
import { denseForward, denseStack } from './denseStack';
import { sineMatrix, useCpuBackend } from './testing';

beforeAll(useCpuBackend);

describe('denseStack', () => {
  it('lists the autoencoder layers with their live variables and activations', () => {
    const model = buildAutoencoder(6, [4, 2], 3);
    const layers = denseStack(model);
    expect(layers.map((layer) => layer.activation)).toEqual(['relu', 'relu', 'relu', 'sigmoid']);
    expect(layers.map((layer) => layer.kernel.shape)).toEqual([[6, 4], [4, 2], [2, 4], [4, 6]]);
    expect(layers.flatMap((layer) => [layer.kernel, layer.bias])).toEqual(model.trainableWeights);
    model.dispose();
  });

  it('refuses layers the hand-written passes cannot follow', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, activation: 'tanh', inputShape: [4] })] });
    expect(() => denseStack(model)).toThrow(RangeError);
    model.dispose();
  });
});

describe('denseForward', () => {
  it('gives the numbers model.predict gives, and frees what it makes inside tidy', () => {
    const model = buildAutoencoder(7, [5, 3], 2);
    // Non-zero biases, so the test sees them added.
    const biases = model.getWeights().map((weight, index) => (index % 2 === 1 ? tf.randomUniform(weight.shape, -0.5, 0.5, 'float32', index) : weight.clone()));
    model.setWeights(biases);
    tf.dispose(biases);
    const data = sineMatrix(50, 7, 1);
    const before = tf.memory().numTensors;
    const [fused, predicted] = tf.tidy(() => {
      const x = tf.tensor2d(data.values, [data.rows, data.cols]);
      return [denseForward(denseStack(model), x), model.predict(x) as tf.Tensor2D];
    });
    expect(tf.memory().numTensors).toBe(before + 2);
    const difference = tf.tidy(() => tf.max(tf.abs(fused.sub(predicted))).dataSync()[0]);
    expect(difference).toBeLessThan(1e-6);
    expect(predicted.shape).toEqual([50, 7]);
    tf.dispose([fused, predicted]);
    model.dispose();
  });
});
