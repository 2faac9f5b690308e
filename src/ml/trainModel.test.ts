import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { fromArtifacts } from './modelArtifacts';
import { testConfig, useCpuBackend } from './testing';
import { trainModel } from './trainModel';

beforeAll(useCpuBackend);

const wave = (n: number, phase: number) => Array.from({ length: n }, (_, i) => 0.5 + 0.3 * Math.sin(i / 9 + phase));

describe('trainModel', () => {
  it('trains on the cpu backend, returns loadable artifacts and leaks no tensors', async () => {
    const dataset = tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1), disk: wave(300, 2) });
    const before = tf.memory().numTensors;
    const result = await trainModel(dataset, { preprocess: { context: false, stillness: false }, config: testConfig({ epochs: 3 }), backend: 'cpu' });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.backend).toBe('cpu');
    expect(result.history.backend).toBe('cpu');
    expect(result.history.loss).toHaveLength(3);
    expect(result.preprocessing.features).toEqual(['cpu', 'mem', 'disk']);
    expect(result.artifacts.weightData).toBeInstanceOf(ArrayBuffer);
    const model = await fromArtifacts(result.artifacts);
    expect(model.inputs[0].shape).toEqual([null, 3]);
    model.dispose();
  });
});
