import { describe, expect, it } from 'vitest';
import { medianOf, sortedMedian } from './median';

describe('medianOf and sortedMedian', () => {
  it('takes the median of the finite values', () => {
    expect(medianOf([3, NaN, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([NaN])).toBeNaN();
  });

  it('leaves out the NaNs a typed array sorts last, and keeps infinities as values', () => {
    expect(sortedMedian(Float64Array.of(-Infinity, 1, 2, NaN, NaN))).toBe(1);
    expect(sortedMedian(Float64Array.of(NaN))).toBeNaN();
  });
});
