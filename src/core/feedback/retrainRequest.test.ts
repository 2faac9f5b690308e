import { describe, expect, it } from 'vitest';
import { PREPROCESSING_VERSION, type Preprocessing } from '../../shared/preprocessing';
import type { TrainConfig } from '../../shared/model';
import { retrainRequest } from './retrainRequest';

const CONFIG: TrainConfig = { encoderSizes: [8, 2], epochs: 4, batchSize: 64, learningRate: 0.01, patience: 2, validationSplit: 0.3, seed: 9 };
const PREPROCESSING: Preprocessing = { version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 0], max: [1, 1], context: true, window: 2, stillness: true, inputWidth: 9 };
const MARKS = [{ start: 1, end: 2, markedAt: 3 }];

describe('retrainRequest', () => {
  it('repeats the options the model was trained with, and adds the marks', () => {
    const options = { features: ['ram'], context: false, window: 1, chronological: false, seed: 4, excludeLabelled: true };
    const request = retrainRequest({ config: CONFIG, preprocessing: PREPROCESSING, options }, { labels: new Uint8Array(3) }, MARKS, 'wasm');
    expect(request).toEqual({ preprocess: options, config: CONFIG, backend: 'wasm', feedback: [{ start: 1, end: 2 }] });
  });

  it('reads an older model’s options back from its preprocessing, and drops excludeLabelled without labels', () => {
    const request = retrainRequest({ config: CONFIG, preprocessing: { ...PREPROCESSING, seasonal: null } }, { labels: null }, MARKS, 'auto');
    expect(request.preprocess).toEqual({ features: ['cpu', 'ram'], context: true, window: 2, stillness: true, seasonal: false, validationSplit: 0.3, seed: 9, excludeLabelled: false });
    const labelled = retrainRequest({ config: CONFIG, preprocessing: PREPROCESSING, options: { excludeLabelled: true } }, { labels: null }, [], 'auto');
    expect(labelled.preprocess.excludeLabelled).toBe(false);
  });
});
