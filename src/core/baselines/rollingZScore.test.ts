import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../shared/model';
import { rollingZScores, rowsInSpan } from './rollingZScore';

const columns = (...cols: number[][]): Matrix => {
  const rows = cols[0].length;
  const values = new Float32Array(rows * cols.length);
  cols.forEach((col, c) => col.forEach((x, r) => (values[r * cols.length + c] = x)));
  return { values, rows, cols: cols.length };
};

describe('rollingZScores', () => {
  it('measures each row against the window before it, NaN until the window is full', () => {
    // Window 4 before row 4: 1, 3, 1, 3 → mean 2, std 1; row 4 = 5 → z = 3. Row 5's window 3, 1, 3, 5: mean 3, std √2.
    const z = rollingZScores(columns([1, 3, 1, 3, 5, 0]), { window: 4 });
    expect(Array.from(z.subarray(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(z[4]).toBeCloseTo(3, 6);
    expect(z[5]).toBeCloseTo(3 / Math.SQRT2, 6);
  });

  it('combines metrics by the largest |z| or by the mean of z²', () => {
    const data = columns([1, 3, 1, 3, 5], [1, 3, 1, 3, 3]);
    expect(rollingZScores(data, { window: 4 })[4]).toBeCloseTo(3, 6);
    expect(rollingZScores(data, { window: 4, combine: 'meanSquare' })[4]).toBeCloseTo((9 + 1) / 2, 5);
  });

  it('floors the standard deviation of flat stretches', () => {
    const z = rollingZScores(columns([2, 2, 2, 2, 2, 2, 3]), { window: 3 });
    expect(z[3]).toBe(0);
    expect(Number.isFinite(z[6])).toBe(true);
    expect(z[6]).toBeGreaterThan(1000);
  });

  it('skips a metric whose window holds a missing value, and stays accurate far from zero', () => {
    const big = 4e6; // exact in float32; unshifted squares would lose the variance of 1 to rounding
    const data = columns([1, NaN, 1, 3, 1, 3, 5], [big + 1, big + 3, big + 1, big + 3, big + 1, big + 3, big + 5]);
    const z = rollingZScores(data, { window: 4 });
    expect(z[6]).toBeCloseTo(3, 6);
    expect(rollingZScores(columns([1, NaN, 1, 3, 1, 3]), { window: 4 })[5]).toBeNaN();
  });

  it('rejects a window that is not a positive whole number', () => {
    expect(() => rollingZScores(columns([1, 2]), { window: 0 })).toThrow(RangeError);
    expect(() => rollingZScores(columns([1, 2]), { window: 1.5 })).toThrow(RangeError);
  });
});

describe('rowsInSpan', () => {
  it('counts the rows of a day', () => {
    expect(rowsInSpan(86_400_000, 300_000)).toBe(288);
    expect(rowsInSpan(86_400_000, 60_000)).toBe(1440);
  });
});
