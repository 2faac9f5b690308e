import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config';
import { generateDataset } from '../generator/generate';
import { ConfigError } from '../../shared/errors';
import type { Preprocessing } from '../../shared/preprocessing';
import { fitPreprocessing } from './fit';
import { buildMatrix } from './matrix';
import { ramp, tinyDataset } from './testData';

describe('fitPreprocessing', () => {
  it('fits on the training rows and builds both matrices; training data lies in [0, 1]', () => {
    const cpu = ramp(100);
    cpu[90] = 1000; // validation spike
    const { preprocessing, train, validation } = fitPreprocessing(tinyDataset({ cpu, ram: ramp(100, 50) }), { context: false, stillness: false, window: 1 });
    expect(preprocessing).toEqual({ version: 1, features: ['cpu', 'ram'], min: [0, 50], max: [79, 129], context: false, window: 1, stillness: false, inputWidth: 2 });
    expect([train.matrix.rows, validation.matrix.rows]).toEqual([80, 20]);
    expect(train.matrix.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(Math.max(...validation.matrix.values)).toBeGreaterThan(10); // the spike stands out, unclipped
  });

  it('derives the input width from features, window, the unchanged share and context', () => {
    const ds = tinyDataset({ a: ramp(50), b: ramp(50), c: ramp(50) });
    const { preprocessing, train } = fitPreprocessing(ds, { features: ['c', 'a'], window: 3 });
    expect(preprocessing.inputWidth).toBe(2 * 3 + 1 + 4);
    expect(train.matrix.cols).toBe(11);
    expect(fitPreprocessing(ds, { features: ['c', 'a'], window: 3, stillness: false }).preprocessing.inputWidth).toBe(10);
    expect(train.rows[0]).toBe(2);
  });

  it('survives a JSON round trip and rebuilds the same matrix from it', () => {
    const ds = tinyDataset({ cpu: ramp(40).map((i) => Math.sin(i) * 30 + 40), ram: ramp(40) });
    const { preprocessing, validation } = fitPreprocessing(ds, { window: 2 });
    const restored = JSON.parse(JSON.stringify(preprocessing)) as Preprocessing;
    expect(restored).toEqual(preprocessing);
    expect(buildMatrix(ds, restored, validation.rows).matrix).toEqual(validation.matrix);
  });

  it('explains when nothing is left to train on', () => {
    const ds = tinyDataset({ cpu: ramp(4) }, { missing: [1, 1, 1, 1] });
    expect(() => fitPreprocessing(ds)).toThrow(ConfigError);
  });

  it('prepares 6 months at 30 s (524,160 rows × 15 metrics + context), with and without a window', () => {
    const ds = generateDataset(DEFAULT_CONFIG);
    expect(ds.timestamps.length).toBe(524_160);
    fitPreprocessing(ds); // warm the JIT so the timing shows steady state
    const times: Record<string, number> = {};
    for (const window of [1, 4]) {
      const t0 = performance.now();
      const { train, validation, preprocessing } = fitPreprocessing(ds, { window });
      times[`window ${window}`] = Math.round(performance.now() - t0);
      expect(preprocessing.inputWidth).toBe(15 * window + 1 + 4);
      expect(train.matrix.rows + validation.matrix.rows).toBe(524_160 - (window - 1));
    }
    console.log(`fitPreprocessing, 6 months at 30 s: ${JSON.stringify(times)} ms`);
  }, 60_000);
});
