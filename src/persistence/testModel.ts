// Fixtures for the model store tests only; nothing in the app imports this file.
import { PREPROCESSING_VERSION } from '../shared/preprocessing';
import type { ErrorProfile, SavedModelMeta, StoredArtifacts } from '../shared/training';

/** A small model's meta record. */
export function testModelMeta(id: string, createdAt: number): SavedModelMeta {
  return {
    id,
    name: `model-${id}`,
    createdAt,
    datasetId: 'ds-1',
    datasetName: 'server-ds-1',
    config: { encoderSizes: [4, 2], epochs: 3, batchSize: 32, learningRate: 0.001, patience: 3, validationSplit: 0.2, seed: 1 },
    preprocessing: { version: PREPROCESSING_VERSION, features: ['cpu', 'mem'], min: [0, 0], max: [1, 2], context: false, window: 1, inputWidth: 2 },
    history: { loss: [0.3, 0.2, 0.1], valLoss: [0.35, 0.25, 0.15], bestEpoch: 2, stoppedEarly: false, seconds: 1.5, samplesPerSecond: 1000, epochSeconds: [0.5, 0.4, 0.4], trainRows: 400, backend: 'cpu' },
    backend: 'cpu',
  };
}

/** Artifacts whose weights are `weights` as float32. */
export function testArtifacts(weights: number[]): StoredArtifacts {
  return {
    modelTopology: { class_name: 'Sequential', config: { name: 'autoencoder', layers: [] } },
    weightSpecs: [{ name: 'dense/kernel', shape: [weights.length], dtype: 'float32' }],
    weightData: Float32Array.from(weights).buffer,
    format: 'layers-model',
  };
}

/** A small error profile, validation errors 0.1..0.5. */
export function testErrors(): ErrorProfile {
  return { validation: Float32Array.from([0.1, 0.2, 0.3, 0.4, 0.5]), training: Float32Array.from([0.1, 0.15]) };
}
