import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from './sortedSearch';

describe('sortedSearch', () => {
  const values = Float64Array.from([1, 2, 2, 2, 5]);

  it('finds the first value at least x, and the first above it', () => {
    expect([0, 1, 2, 3, 5, 6].map((x) => lowerBound(values, x))).toEqual([0, 0, 1, 4, 4, 5]);
    expect([0, 1, 2, 3, 5, 6].map((x) => upperBound(values, x))).toEqual([0, 1, 4, 4, 5, 5]);
  });
});
