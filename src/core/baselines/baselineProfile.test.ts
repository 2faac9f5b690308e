import { describe, expect, it } from 'vitest';
import { PREPROCESSING_VERSION, type Preprocessing } from '../../shared/preprocessing';
import { tinyDataset } from '../preprocess/testData';
import { fitBaselines, metricsLayout, scoreBaselines, zWindowFor } from './baselineProfile';

const wave = (n: number, phase: number) => Array.from({ length: n }, (_, i) => 50 + 20 * Math.sin(i / 7 + phase) + (i % 3));
const preprocessing: Preprocessing = { version: PREPROCESSING_VERSION, features: ['a', 'b'], min: [0, 0], max: [100, 100], context: true, window: 3, inputWidth: 10 };

describe('baseline profile', () => {
  it('reads the metrics alone, one step, no time features', () => {
    expect(metricsLayout(preprocessing)).toMatchObject({ window: 1, context: false, inputWidth: 2 });
    expect(zWindowFor(60_000)).toBe(1440);
    expect(zWindowFor(3_600_000)).toBe(24);
  });

  it('fits on training rows, keeps validation scores as the reference, and scores a break highest', () => {
    const a = wave(400, 0);
    const b = a.map((v) => v + 5);
    const dataset = tinyDataset({ a, b });
    const rows = (from: number, to: number) => Uint32Array.from({ length: to - from }, (_, i) => from + i);
    const profile = fitBaselines({ dataset, preprocessing, trainRows: rows(0, 320), validationRows: rows(320, 400) });
    expect(profile.pcaReference).toHaveLength(80);
    expect(profile.zReference).toHaveLength(80);

    b[380] = 5; // b no longer follows a
    const scores = scoreBaselines(tinyDataset({ a, b }), preprocessing, profile);
    expect(scores.pca).toHaveLength(400);
    const peak = scores.pca.indexOf(Math.max(...scores.pca.filter(Number.isFinite)));
    expect(peak).toBe(380);
    expect(Number.isNaN(scores.zscore[0])).toBe(true);
  });
});
