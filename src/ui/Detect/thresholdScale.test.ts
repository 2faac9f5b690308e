import { describe, expect, it } from 'vitest';
import { logScoreDomain } from './detectWindows';
import { positionOf, SLIDER_STEPS, sliderRange, thresholdAt } from './thresholdScale';

describe('threshold slider scale', () => {
  it('spans the smallest positive reference score to the largest score, on log10', () => {
    const range = sliderRange(Float64Array.from([0, 0.001, 0.01]), Float32Array.from([0.002, Number.NaN, 10]), 0.05);
    expect(range.lo).toBeCloseTo(-3);
    expect(range.hi).toBeCloseTo(1);
    expect(positionOf(0.01, range)).toBe(SLIDER_STEPS / 4);
    expect(thresholdAt(SLIDER_STEPS / 2, range)).toBeCloseTo(0.1);
    expect(positionOf(1e9, range)).toBe(SLIDER_STEPS);
  });

  it('still offers a range for degenerate scores', () => {
    expect(sliderRange(new Float64Array(0), new Float32Array(0), Number.NaN)).toEqual({ lo: -6, hi: 0 });
    const single = sliderRange(Float64Array.from([0.1]), Float32Array.from([0.1]), 0.1);
    expect(single.hi).toBeGreaterThan(single.lo);
  });
});

describe('logScoreDomain', () => {
  it('spans the positive scores and the threshold with room', () => {
    const [lo, hi] = logScoreDomain(Float32Array.from([0, 0.01, Number.NaN, 2]), 5);
    expect(lo).toBeCloseTo(0.01 / 1.5);
    expect(hi).toBeCloseTo(7.5);
    expect(logScoreDomain([], 0)).toEqual([1e-6, 1]);
  });
});
