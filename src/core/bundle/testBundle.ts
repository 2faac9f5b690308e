/** A small, realistic model bundle for the bundle tests: a 3 → 2 → 3 autoencoder as tfjs 4.22 saves it. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ModelBundle } from './bundleFormat';

const dense = (name: string, units: number, activation: string, extra: object = {}) => ({
  class_name: 'Dense',
  config: { units, activation, use_bias: true, name, trainable: true, ...extra },
});

export const TOPOLOGY = {
  class_name: 'Sequential',
  config: {
    name: 'autoencoder',
    layers: [dense('dense_Dense1', 2, 'relu', { batch_input_shape: [null, 3], dtype: 'float32' }), dense('dense_Dense2', 3, 'sigmoid')],
  },
  keras_version: 'tfjs-layers 4.22.0',
  backend: 'tensor_flow.js',
};

/** A fresh bundle; its weights are 17 distinct float32 values. */
export function testBundle(): ModelBundle {
  return {
    info: { appVersion: '0.1.0', createdAt: Date.UTC(2024, 4, 1, 12, 30, 15, 250), datasetName: 'Generated, 6 months', modelName: 'autoencoder 32-8' },
    artifacts: {
      modelTopology: TOPOLOGY,
      weightSpecs: [
        { name: 'dense_Dense1/kernel', shape: [3, 2], dtype: 'float32' },
        { name: 'dense_Dense1/bias', shape: [2], dtype: 'float32' },
        { name: 'dense_Dense2/kernel', shape: [2, 3], dtype: 'float32' },
        { name: 'dense_Dense2/bias', shape: [3], dtype: 'float32' },
      ],
      weightData: Float32Array.from({ length: 17 }, (_, i) => Math.sin(i + 1) / 3).buffer,
      format: 'layers-model',
      generatedBy: 'TensorFlow.js tfjs-layers v4.22.0',
      convertedBy: null,
    },
    preprocessing: { version: 1, features: ['cpu', 'ram', 'db.cpu'], min: [0, 10.5, -2], max: [100, 90, 50], context: false, window: 1, stillness: false, inputWidth: 3 },
    threshold: { value: 0.0123, rule: { kind: 'quantile', q: 0.999, source: 'validation' } },
    history: {
      loss: [0.2, 0.1, Number.NaN],
      valLoss: [0.25, 0.12, 0.13],
      bestEpoch: 1,
      stoppedEarly: true,
      seconds: 3.5,
      samplesPerSecond: 12000,
      epochSeconds: [1, 1.1, 1.2],
      trainRows: 10000,
      backend: 'cpu',
    },
    config: { encoderSizes: [2], epochs: 3, batchSize: 256, learningRate: 0.001, patience: 3, validationSplit: 0.2, seed: 1 },
    errors: { validation: Float32Array.from([0.01, 0.02, 0.5]), training: Float32Array.from([0.011, 0.013]) },
  };
}

/** A change to one zip entry: new bytes, null to delete it, or a function of its parsed JSON. */
export type EntryChange = Uint8Array<ArrayBuffer> | null | ((json: Record<string, unknown>) => unknown);

/** The zip with some entries changed, added or removed (names as stored, e.g. `model.json`). */
export function rezip(bytes: Uint8Array, changes: Record<string, EntryChange>): Uint8Array {
  const entries = unzipSync(bytes);
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) delete entries[name];
    else if (change instanceof Uint8Array) entries[name] = change;
    else entries[name] = strToU8(JSON.stringify(change(JSON.parse(strFromU8(entries[name])))));
  }
  return zipSync(entries);
}
