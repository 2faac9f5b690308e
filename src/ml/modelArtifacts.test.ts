import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAutoencoder } from './autoencoder';
import { fromArtifacts, InvalidArtifactsError, toArtifacts } from './modelArtifacts';
import { sineMatrix, useCpuBackend } from './testing';

beforeAll(useCpuBackend);

function predict(model: tf.LayersModel, values: Float32Array, rows: number, cols: number): number[] {
  return tf.tidy(() => Array.from((model.predict(tf.tensor2d(values, [rows, cols])) as tf.Tensor).dataSync()));
}

describe('model artifacts', () => {
  it('round-trips a model: same weights, same predictions, no leaked tensors', async () => {
    const before = tf.memory().numTensors;
    const model = buildAutoencoder(5, [4, 2], 11);
    const input = sineMatrix(20, 5, 3);
    const artifacts = await toArtifacts(model);
    expect(artifacts.weightData).toBeInstanceOf(ArrayBuffer);
    expect(artifacts.weightSpecs.map((spec) => spec.shape)).toEqual(model.getWeights().map((weight) => weight.shape));
    // Survives a structured clone, as a worker transfer and IndexedDB do.
    const restored = await fromArtifacts(structuredClone(artifacts));
    try {
      expect(restored.inputs[0].shape).toEqual([null, 5]);
      expect(predict(restored, input.values, input.rows, input.cols)).toEqual(predict(model, input.values, input.rows, input.cols));
    } finally {
      model.dispose();
      restored.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects artifacts without weights', async () => {
    const model = buildAutoencoder(3, [2], 1);
    const artifacts = await toArtifacts(model);
    model.dispose();
    const broken = { ...artifacts, weightData: undefined as unknown as ArrayBuffer };
    await expect(fromArtifacts(broken)).rejects.toBeInstanceOf(InvalidArtifactsError);
  });
});
