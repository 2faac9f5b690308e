import { describe, expect, it } from 'vitest';
import { lagMatrix } from './lagMatrix';

describe('lagMatrix', () => {
  it('puts each row\'s last values side by side, oldest first, NaN before the history is full', () => {
    const m = lagMatrix([1, 2, 3, 4], 3);
    expect(m).toMatchObject({ rows: 4, cols: 3 });
    expect(Array.from(m.values)).toEqual([NaN, NaN, 1, NaN, 1, 2, 1, 2, 3, 2, 3, 4]);
  });

  it('rejects lags that are not a positive whole number', () => {
    expect(() => lagMatrix([1], 0)).toThrow(RangeError);
  });
});
