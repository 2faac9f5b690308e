import { describe, expect, it } from 'vitest';
import { sparklinePath, sparkY, valueRange } from './sparkline';

const frame = { from: 0, to: 100, min: 0, max: 10, width: 100, height: 20 };

describe('sparklinePath', () => {
  it('maps time to x and value to y, top is the maximum', () => {
    const path = sparklinePath(Float64Array.from([0, 50, 100]), Float32Array.from([0, 10, 5]), frame);
    expect(path).toBe('M0.0 20.0L50.0 0.0L100.0 10.0');
  });

  it('breaks the line at NaN and at non-positive values on a log axis', () => {
    expect(sparklinePath(Float64Array.from([0, 1, 2]), Float32Array.from([1, Number.NaN, 2]), frame)).toMatch(/^M.*M/);
    const log = { ...frame, min: 0.01, max: 1, log: true };
    expect(sparklinePath(Float64Array.from([0, 1, 2]), Float32Array.from([0.01, 0, 1]), log)).toBe('M0.0 20.0M2.0 0.0');
  });

  it('keeps a one-row spike among thousands of rows', () => {
    const n = 10_000;
    const values = new Float32Array(n).fill(1);
    values[4321] = 9;
    const path = sparklinePath(Float64Array.from({ length: n }, (_, i) => i), values, { ...frame, to: n });
    expect(path).toContain(` ${sparkY(9, frame).toFixed(1)}`);
  });
});

describe('valueRange', () => {
  it('skips NaN, and non-positive values for a log axis', () => {
    expect(valueRange(Float32Array.from([3, Number.NaN, -1, 2]))).toEqual({ min: -1, max: 3 });
    expect(valueRange(Float32Array.from([0, 0.5, 2]), true)).toEqual({ min: 0.5, max: 2 });
    expect(valueRange(new Float32Array(0))).toBeNull();
  });
});
