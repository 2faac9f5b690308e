import { describe, expect, it } from 'vitest';
import { scoresForType } from './truth';

describe('scoresForType', () => {
  it('excludes the rows of other anomaly types and keeps normal rows', () => {
    const scores = Float32Array.from([1, 2, 3, 4]);
    expect(Array.from(scoresForType(scores, Uint8Array.from([0, 4, 2, 4]), 4))).toEqual([1, 2, NaN, 4]);
    expect(Array.from(scores)).toEqual([1, 2, 3, 4]);
  });

  it('rejects labels of another length', () => {
    expect(() => scoresForType(new Float32Array(2), new Uint8Array(3), 1)).toThrow(RangeError);
  });
});
