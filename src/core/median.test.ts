import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { medianOf, select, sortedMedian } from './median';

describe('medianOf and sortedMedian', () => {
  it('takes the median of the finite values', () => {
    expect(medianOf([3, NaN, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([NaN])).toBeNaN();
  });

  it('equals the median of a sorted copy on many arrays: odd and even lengths, ties, infinities, NaNs', () => {
    const random = createRandom(3);
    for (let trial = 0; trial < 2000; trial++) {
      const n = 1 + Math.floor(random.next() * (trial % 10 === 0 ? 3000 : 40));
      const pick = () => (random.next() < 0.05 ? Number.NaN : random.next() < 0.02 ? Infinity : random.next() < 0.3 ? Math.floor(random.next() * 5) : random.next() * 100 - 50);
      const values = Array.from({ length: n }, pick);
      expect(medianOf(values)).toBe(sortedMedian(Float64Array.from(values).filter(Number.isFinite).sort()));
    }
  });

  it('selects the k-th smallest and leaves no larger value before it and no smaller one after', () => {
    const random = createRandom(9);
    const values = Float64Array.from({ length: 501 }, () => Math.floor(random.next() * 50));
    const sorted = values.slice().sort();
    for (const k of [0, 1, 250, 499, 500]) {
      const copy = values.slice();
      expect(select(copy, k)).toBe(sorted[k]);
      expect(copy.slice(0, k).every((v) => v <= sorted[k]) && copy.slice(k + 1).every((v) => v >= sorted[k])).toBe(true);
    }
  });

  it('leaves out the NaNs a typed array sorts last, and keeps infinities as values', () => {
    expect(sortedMedian(Float64Array.of(-Infinity, 1, 2, NaN, NaN))).toBe(1);
    expect(sortedMedian(Float64Array.of(NaN))).toBeNaN();
  });
});
