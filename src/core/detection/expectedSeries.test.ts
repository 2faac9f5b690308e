import { describe, expect, it } from 'vitest';
import { expectedOverRange } from './expectedSeries';

describe('expectedOverRange', () => {
  it('places each scored row’s expected value of one metric at its dataset row, NaN where none was scored', () => {
    // Rows 1, 2 and 5 scored; two metrics, expected values row-major.
    const scoredRows = Uint32Array.of(1, 2, 5);
    const expected = Float32Array.of(10, 100, 20, 200, 50, 500);
    expect(Array.from(expectedOverRange(scoredRows, expected, 1, 2, { from: 0, to: 6 }))).toEqual([NaN, 100, 200, NaN, NaN, 500]);
    expect(Array.from(expectedOverRange(scoredRows, expected, 0, 2, { from: 2, to: 5 }))).toEqual([20, NaN, NaN]);
    expect(expectedOverRange(scoredRows, expected, 0, 2, { from: 3, to: 3 })).toHaveLength(0);
  });
});
