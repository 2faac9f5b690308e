import { describe, expect, it } from 'vitest';
import { ramp, tinyDataset } from '../core/preprocess/testData';
import { DEFAULT_TRAIN_SETTINGS, restoreTrainSettings, trainProblems, trainRequest } from './trainSettings';

const dataset = tinyDataset({ cpu: ramp(50), ram: ramp(50), disk: ramp(50) });

describe('trainRequest', () => {
  it('trains on every column the user did not untick, in dataset order', () => {
    const request = trainRequest({ ...DEFAULT_TRAIN_SETTINGS, excludedFeatures: ['ram', 'gone'] }, dataset);
    expect(request.preprocess.features).toEqual(['cpu', 'disk']);
    expect(request.preprocess.context).toBe(true);
    expect(request.preprocess.validationSplit).toBe(DEFAULT_TRAIN_SETTINGS.config.validationSplit);
  });

  it('only excludes labelled rows when the dataset has labels', () => {
    expect(trainRequest({ ...DEFAULT_TRAIN_SETTINGS, excludeLabelled: true }, dataset).preprocess.excludeLabelled).toBe(false);
  });
});

describe('trainProblems', () => {
  it('asks for a dataset first', () => {
    expect(trainProblems(DEFAULT_TRAIN_SETTINGS, null)).toEqual(['Open or generate a dataset to train on.']);
  });

  it('collects model and preprocessing problems together', () => {
    const settings = { ...DEFAULT_TRAIN_SETTINGS, excludedFeatures: ['cpu', 'ram', 'disk'], config: { ...DEFAULT_TRAIN_SETTINGS.config, epochs: 0 } };
    const problems = trainProblems(settings, dataset);
    expect(problems.some((p) => p.startsWith('Epochs'))).toBe(true);
    expect(problems).toContain('Choose at least one metric to train on.');
  });

  it('has nothing to say about the defaults', () => {
    expect(trainProblems(DEFAULT_TRAIN_SETTINGS, dataset)).toEqual([]);
  });
});

describe('restoreTrainSettings', () => {
  it('keeps valid fields and replaces damaged ones with defaults', () => {
    const restored = restoreTrainSettings({ backend: 'wasm', window: 'eight', config: { epochs: 25, batchSize: null } });
    expect(restored.backend).toBe('wasm');
    expect(restored.window).toBe(DEFAULT_TRAIN_SETTINGS.window);
    expect(restored.config.epochs).toBe(25);
    expect(restored.config.batchSize).toBe(DEFAULT_TRAIN_SETTINGS.config.batchSize);
  });

  it('falls back to the defaults for anything that is not a record', () => {
    expect(restoreTrainSettings(null)).toBe(DEFAULT_TRAIN_SETTINGS);
    expect(restoreTrainSettings({ backend: 'quantum' }).backend).toBe('auto');
  });
});
