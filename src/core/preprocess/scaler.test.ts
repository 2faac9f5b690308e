import { describe, expect, it } from 'vitest';
import { fitScaler, scaleValue } from './scaler';
import { splitRows } from './split';
import { ramp, tinyDataset } from './testData';

describe('fitScaler', () => {
  it('takes min and max from the training rows only: a spike in validation changes nothing', () => {
    const cpu = ramp(100, 10); // 10..109
    cpu[95] = 5000; // in the chronological validation part
    cpu[90] = -5000;
    const ds = tinyDataset({ cpu });
    const { train } = splitRows(ds, { window: 1 });
    expect(fitScaler(ds, ['cpu'], train)).toEqual({ min: [10], max: [89] });
  });

  it('gives a constant column a safe range, so it scales to 0, never NaN', () => {
    const ds = tinyDataset({ cpu: [7, 7, 7], ram: [1, 2, 3] });
    const range = fitScaler(ds, ['ram', 'cpu'], Uint32Array.of(0, 1, 2));
    expect(range).toEqual({ min: [1, 7], max: [3, 8] });
    expect(scaleValue(7, range.min[1], range.max[1])).toBe(0);
  });

  it('falls back to [0, 1] when there is no finite value to fit', () => {
    const ds = tinyDataset({ cpu: [NaN, NaN] });
    expect(fitScaler(ds, ['cpu'], Uint32Array.of(0, 1))).toEqual({ min: [0], max: [1] });
    expect(fitScaler(ds, ['cpu'], new Uint32Array(0))).toEqual({ min: [0], max: [1] });
  });

  it('skips NaN values among finite ones', () => {
    const ds = tinyDataset({ cpu: [NaN, 4, 2, NaN] });
    expect(fitScaler(ds, ['cpu'], Uint32Array.of(0, 1, 2, 3))).toEqual({ min: [2], max: [4] });
  });
});

describe('scaleValue', () => {
  it('maps the training range to [0, 1] and does not clip values beyond it', () => {
    expect(scaleValue(10, 10, 20)).toBe(0);
    expect(scaleValue(15, 10, 20)).toBe(0.5);
    expect(scaleValue(20, 10, 20)).toBe(1);
    expect(scaleValue(40, 10, 20)).toBe(3);
    expect(scaleValue(0, 10, 20)).toBe(-1);
  });
});
