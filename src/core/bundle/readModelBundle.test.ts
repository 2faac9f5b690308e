import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from './bundleError';
import { readModelBundle } from './readModelBundle';
import { rezip, testBundle, type EntryChange } from './testBundle';
import { writeModelBundle } from './writeModelBundle';

const good = () => writeModelBundle(testBundle());

function bundleError(bytes: Uint8Array): BundleError {
  try {
    readModelBundle(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error('readModelBundle accepted a bad bundle');
}

const edit = (name: string, change: EntryChange) => bundleError(rezip(good(), { [name]: change }));

describe('readModelBundle', () => {
  it('reads a bundle without reference errors as having none, and refuses a torn errors file', () => {
    const bytes = rezip(writeModelBundle(testBundle()), { 'validation-errors.bin': null, 'training-errors.bin': new Uint8Array(5) });
    expect(() => readModelBundle(bytes)).toThrow(/training-errors.bin holds 5 bytes/);
    const none = readModelBundle(rezip(writeModelBundle(testBundle()), { 'validation-errors.bin': null, 'training-errors.bin': null }));
    expect(none.errors.validation).toHaveLength(0);
    expect(none.errors.training).toHaveLength(0);
  });

  it('round-trips: identical weights bytes, topology, preprocessing, threshold, history and settings', () => {
    const bundle = testBundle();
    const read = readModelBundle(writeModelBundle(bundle));
    expect(new Uint8Array(read.artifacts.weightData)).toEqual(new Uint8Array(bundle.artifacts.weightData));
    expect(read.artifacts.weightData).toBeInstanceOf(ArrayBuffer);
    expect(read).toEqual(bundle);
    expect(Number.isNaN(read.history.loss[2])).toBe(true);
    expect(writeModelBundle(read)).toEqual(writeModelBundle(bundle));
  });

  it('reads a bundle unpacked and zipped again inside a folder, macOS extras and all', () => {
    const entries = unzipSync(good());
    const nested = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [`my model/${name}`, bytes]));
    const bytes = zipSync({ ...nested, '__MACOSX/my model/._model.json': new Uint8Array([0, 5, 22, 7]), 'my model/notes.txt': strToU8('mine') });
    expect(readModelBundle(bytes)).toEqual(testBundle());
  });

  describe('rejects, naming the file at fault', () => {
    it('a file that is not a zip, an empty zip and a truncated one', () => {
      expect(bundleError(strToU8('model.json is not here')).entry).toBeNull();
      expect(bundleError(strToU8('model.json is not here')).message).toMatch(/not a readable \.zip file/);
      expect(bundleError(zipSync({})).message).toMatch(/empty/);
      const bytes = good();
      expect(bundleError(bytes.slice(0, bytes.length - 30)).entry).toBeNull();
    });

    it.each(['bundle.json', 'model.json', 'weights.bin', 'preprocessing.json', 'threshold.json', 'history.json', 'config.json'])('a missing %s', (name) => {
      const error = edit(name, null);
      expect(error.entry).toBe(name);
      expect(error.message).toContain(`${name} is missing`);
    });

    it('a plain zip of something else', () => {
      expect(bundleError(zipSync({ 'photo.jpg': new Uint8Array(10) })).message).toBe(
        'This model bundle cannot be imported: bundle.json is missing: this is not a model downloaded from this app.',
      );
    });

    it('JSON that does not parse, or is not an object', () => {
      expect(edit('preprocessing.json', strToU8('{"version": 1,')).message).toBe('This model bundle cannot be imported: preprocessing.json is not valid JSON.');
      expect(edit('history.json', strToU8('[1, 2]')).reason).toBe('does not hold a JSON object');
    });

    it('another format, or a newer version of ours', () => {
      expect(edit('bundle.json', (b) => ({ ...b, format: 'something-else' })).reason).toMatch(/not describe a model bundle of this app/);
      expect(edit('bundle.json', (b) => ({ ...b, formatVersion: 2 })).reason).toMatch(/newer version of the app/);
      expect(edit('bundle.json', (b) => ({ ...b, createdAt: 'yesterday' })).reason).toMatch(/createdAt/);
    });

    it('weights whose length does not match the specs', () => {
      const error = edit('weights.bin', new Uint8Array(64));
      expect(error.entry).toBe('weights.bin');
      expect(error.message).toBe('This model bundle cannot be imported: weights.bin holds 64 bytes but model.json describes 68 bytes of weights.');
    });

    it('a model.json that is not a plain layers model', () => {
      const specs = (change: (spec: Record<string, unknown>) => object) => (m: Record<string, unknown>) => {
        const [group] = m.weightsManifest as { paths: string[]; weights: Record<string, unknown>[] }[];
        return { ...m, weightsManifest: [{ ...group, weights: group.weights.map((spec, i) => (i === 0 ? change(spec) : spec)) }] };
      };
      expect(edit('model.json', (m) => ({ ...m, format: 'graph-model' })).reason).toMatch(/not a TF.js layers model/);
      expect(edit('model.json', (m) => ({ ...m, modelTopology: null })).reason).toBe('has no model topology');
      expect(edit('model.json', (m) => ({ ...m, weightsManifest: [] })).reason).toBe('has no weights manifest');
      const renamed = (m: Record<string, unknown>) => ({ ...m, weightsManifest: [{ ...(m.weightsManifest as object[])[0], paths: ['other.bin'] }] });
      expect(edit('model.json', renamed).message).toMatch(/other\.bin is missing/);
      expect(edit('model.json', specs((s) => ({ ...s, dtype: 'string' }))).reason).toMatch(/unsupported type \(string\)/);
      expect(edit('model.json', specs((s) => ({ ...s, shape: [3, -2] }))).reason).toMatch(/invalid shape/);
      expect(edit('model.json', specs((s) => ({ ...s, quantization: { dtype: 'uint8', scale: 1, min: 0 } }))).reason).toMatch(/quantized/);
    });

    it('preprocessing that does not add up', () => {
      const pre = (change: object) => edit('preprocessing.json', (p) => ({ ...p, ...change }));
      expect(pre({ version: 2 }).reason).toMatch(/format version 2/);
      expect(pre({ features: [] }).reason).toBe('lists no features');
      expect(pre({ features: ['cpu', 'cpu', 'ram'] }).reason).toMatch(/"cpu" twice/);
      expect(pre({ min: [0, 1] }).reason).toBe('has 2 minimums for 3 features');
      expect(pre({ max: [1, 2, 3, 4] }).reason).toBe('has 4 maximums for 3 features');
      expect(pre({ min: [0, null, 0] }).reason).toBe('has no valid "min" (expected a list of numbers)'); // NaN as JSON writes it
      expect(pre({ max: [100, 10.5, 50] }).reason).toMatch(/"ram" a maximum that is not above its minimum/);
      expect(pre({ window: 0 }).reason).toMatch(/"window"/);
      expect(pre({ context: 'yes' }).reason).toMatch(/"context"/);
      expect(pre({ inputWidth: 5 }).message).toBe(
        'This model bundle cannot be imported: preprocessing.json gives an input width of 5, but 3 features × window 1 make 3.',
      );
      expect(pre({ context: true }).reason).toBe('gives an input width of 3, but 3 features × window 1 + 4 context values make 7');
    });

    it('preprocessing that does not fit the model', () => {
      const error = edit('preprocessing.json', (p) => ({ ...p, context: true, inputWidth: 7 }));
      expect(error.entry).toBe('model.json');
      expect(error.reason).toBe('describes a model that reads 3 values per row, but preprocessing.json gives it 7');
    });

    it('a threshold without a value or a rule', () => {
      expect(edit('threshold.json', (t) => ({ ...t, value: null })).reason).toMatch(/"value"/);
      expect(edit('threshold.json', (t) => ({ value: t.value })).reason).toBe('has no "rule"');
    });

    it('a damaged history and unusable settings', () => {
      expect(edit('history.json', (h) => ({ ...h, loss: 'low' })).reason).toMatch(/"loss"/);
      expect(edit('history.json', (h) => ({ ...h, stoppedEarly: 1 })).reason).toMatch(/"stoppedEarly"/);
      const error = edit('config.json', (c) => ({ ...c, epochs: 0 }));
      expect(error.entry).toBe('config.json');
      expect(error.message).toMatch(/^This model bundle cannot be imported: config.json holds unusable settings: Epochs must be a whole number/);
      expect(edit('config.json', (c) => ({ ...c, seed: 'one' })).reason).toMatch(/"seed"/);
    });

    it('two models in one zip', () => {
      const entries = unzipSync(good());
      const twice = zipSync({ ...Object.fromEntries(Object.entries(entries).map(([n, b]) => [`a/${n}`, b])), 'b/bundle.json': entries['bundle.json'] });
      expect(bundleError(twice).reason).toMatch(/more than once/);
    });

    it('an entry too large to be ours, before unpacking it', () => {
      // A small zip whose central directory claims 300 MiB, as a zip bomb's would.
      const bytes = zipSync({ 'bundle.json': strToU8('{}') });
      const view = new DataView(bytes.buffer);
      const central = bytes.findIndex((_, i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50);
      view.setUint32(central + 24, 300 * 1024 * 1024, true);
      expect(bundleError(bytes).reason).toBe('its files would unpack to 314.6 MB, more than the 64.0 MB a model bundle may hold');
    });

    it('weights with a flipped byte, by the zip’s checksum, naming the .zip and the entry', () => {
      const entries = unzipSync(good());
      const bytes = zipSync({ ...entries, 'weights.bin': [entries['weights.bin'], { level: 0 }] });
      const at = bytes.findIndex((_, i) => bytes[i] === entries['weights.bin'][0] && bytes[i + 1] === entries['weights.bin'][1] && bytes[i + 2] === entries['weights.bin'][2]);
      bytes[at + 9] ^= 0x10;
      expect(() => readModelBundle(bytes, 'mine.zip')).toThrow(
        'The model bundle “mine.zip” cannot be imported: weights.bin is damaged: its checksum (CRC-32) does not match the one in the zip’s directory.',
      );
    });

    it('a model of 100,000-unit Dense layers, before any weight is read', () => {
      const wide = (m: Record<string, unknown>) => {
        const topology = m.modelTopology as { config: { layers: { config: { units: number } }[] } };
        topology.config.layers[0].config.units = 100_000;
        return m;
      };
      expect(edit('model.json', wide).reason).toBe('gives layer "dense_Dense1" 100,000 units; at most 1,024 are allowed');
    });
  });
});
