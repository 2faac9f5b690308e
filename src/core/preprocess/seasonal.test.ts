import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { fitPreprocessing } from './fit';
import { allRows, buildMatrix } from './matrix';
import { fitSeasonalMedians, seasonalOffset } from './seasonal';
import { tinyDataset } from './testData';

const MINUTES_PER_DAY = 1440;

/** Six days at one minute: cpu follows the time of day (and a job every night at 03:20), noise follows nothing. */
function days(count = 6) {
  const random = createRandom(3);
  const n = count * MINUTES_PER_DAY;
  const cpu = Array.from({ length: n }, (_, i) => {
    const minute = i % MINUTES_PER_DAY;
    return 40 + 20 * Math.sin((2 * Math.PI * minute) / MINUTES_PER_DAY) + (minute >= 200 && minute < 205 ? 30 : 0) + random.uniform(-1, 1);
  });
  const noise = Array.from({ length: n }, () => random.uniform(0, 10));
  return tinyDataset({ cpu, noise });
}

describe('fitSeasonalMedians', () => {
  it('keeps a daily profile for the metric with a daily pattern, and none for the one without', () => {
    const dataset = days();
    const rows = allRows(dataset.timestamps.length);
    const seasonal = fitSeasonalMedians(dataset, ['cpu', 'noise'], rows.slice(0, 5 * MINUTES_PER_DAY), rows.slice(5 * MINUTES_PER_DAY));
    expect(seasonal).toMatchObject({ periodMs: 86_400_000, slotMs: 300_000 });
    expect(seasonal!.medians[1]).toBeNull();
    const at = (minute: number) => seasonalOffset(seasonal, 0, Date.UTC(2024, 0, 9) + minute * 60_000);
    // The nightly job is part of what is usual at 03:20; noon follows the daily curve.
    expect(at(202)).toBeGreaterThan(60);
    expect(at(360)).toBeCloseTo(60, 0);
    expect(seasonalOffset(seasonal, 1, Date.UTC(2024, 0, 9))).toBe(0);
  });

  it('fits nothing when training spans fewer than four days', () => {
    const dataset = days(3);
    const rows = allRows(dataset.timestamps.length);
    expect(fitSeasonalMedians(dataset, ['cpu'], rows, new Uint32Array(0))).toBeNull();
  });

  it('gives the model the value less its usual level, scaled on the training rows, and survives JSON', () => {
    const dataset = days();
    const prepared = fitPreprocessing(dataset, { context: false, stillness: false, seasonal: true, validationSplit: 1 / 6 });
    const { preprocessing } = prepared;
    expect(preprocessing.seasonal?.medians[0]).not.toBeNull();
    // The daily swing of ±20 is gone: the training residuals span a few units, not 70.
    expect(preprocessing.max[0] - preprocessing.min[0]).toBeLessThan(10);
    const copy = JSON.parse(JSON.stringify(preprocessing));
    expect(buildMatrix(dataset, copy, allRows(dataset.timestamps.length)).matrix.values).toEqual(
      buildMatrix(dataset, preprocessing, allRows(dataset.timestamps.length)).matrix.values,
    );
    const off = fitPreprocessing(dataset, { context: false, stillness: false, seasonal: false });
    expect(off.preprocessing.seasonal).toBeUndefined();
  });
});
