import { describe, expect, it } from 'vitest';
import { errorHistogram } from './errorHistogram';

describe('errorHistogram', () => {
  it('bins both sets on one log10 axis as shares of each set', () => {
    const bins = errorHistogram([0.001, 0.001, 0.01, Number.NaN], [0.001, 1], 3);
    expect(bins).toHaveLength(3);
    expect(bins[0].lo).toBeCloseTo(-3);
    expect(bins[2].hi).toBeCloseTo(0);
    expect(bins.reduce((sum, bin) => sum + bin.training, 0)).toBeCloseTo(1);
    expect(bins.reduce((sum, bin) => sum + bin.scored, 0)).toBeCloseTo(1);
    expect(bins[0].training).toBeCloseTo(2 / 3);
    expect(bins[2].scored).toBeCloseTo(0.5);
  });

  it('is empty without a finite error and copes with one value', () => {
    expect(errorHistogram([Number.NaN], [])).toEqual([]);
    expect(errorHistogram([0.5], [0.5], 2).map((bin) => bin.training)).toEqual([1, 0]);
  });
});
