import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleFormat';
import { testBundle, TOPOLOGY } from './testBundle';
import { writeModelBundle } from './writeModelBundle';

const json = (entries: Record<string, Uint8Array>, name: string) => JSON.parse(strFromU8(entries[name]));

describe('writeModelBundle', () => {
  it('writes the TF.js layers-model files and the app records', () => {
    const bundle = testBundle();
    const entries = unzipSync(writeModelBundle(bundle));
    expect(Object.keys(entries).sort()).toEqual(['bundle.json', 'config.json', 'history.json', 'model.json', 'preprocessing.json', 'threshold.json', 'training-errors.bin', 'validation-errors.bin', 'weights.bin']);
    expect(json(entries, 'model.json')).toEqual({
      modelTopology: TOPOLOGY,
      format: 'layers-model',
      generatedBy: 'TensorFlow.js tfjs-layers v4.22.0',
      convertedBy: null,
      weightsManifest: [{ paths: ['weights.bin'], weights: bundle.artifacts.weightSpecs }],
    });
    expect(entries['weights.bin']).toEqual(new Uint8Array(bundle.artifacts.weightData));
    expect(json(entries, 'bundle.json')).toEqual({
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_VERSION,
      appVersion: '0.1.0',
      createdAt: '2024-05-01T12:30:15.250Z',
      datasetName: 'Generated, 6 months',
      modelName: 'autoencoder 32-8',
    });
    expect(json(entries, 'threshold.json')).toEqual(bundle.threshold);
    expect(json(entries, 'preprocessing.json')).toEqual(bundle.preprocessing);
    expect(json(entries, 'history.json').loss).toEqual([0.2, 0.1, null]);
  });

  it('writes the same bytes for the same bundle', () => {
    expect(writeModelBundle(testBundle())).toEqual(writeModelBundle(testBundle()));
  });

  it('refuses weights that do not match their specs', () => {
    const bundle = testBundle();
    bundle.artifacts.weightData = new ArrayBuffer(64);
    expect(() => writeModelBundle(bundle)).toThrow(RangeError);
  });
});
