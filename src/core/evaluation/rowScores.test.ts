import { describe, expect, it } from 'vitest';
import { scoresByRow } from './rowScores';

describe('scoresByRow', () => {
  it('puts each score at its dataset row and NaN where the model saw no row', () => {
    expect(Array.from(scoresByRow(5, Uint32Array.from([2, 3]), Float32Array.from([0.5, 0.25])))).toEqual([NaN, NaN, 0.5, 0.25, NaN]);
  });

  it('rejects mismatched lengths and rows outside the dataset', () => {
    expect(() => scoresByRow(5, [1, 2], [0.1])).toThrow(RangeError);
    expect(() => scoresByRow(2, [2], [0.1])).toThrow(RangeError);
  });
});
