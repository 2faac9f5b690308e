import { describe, expect, it } from 'vitest';
import { scoreAxis } from './scoreAxis';

describe('scoreAxis', () => {
  it('labels a profiled score in multiples of the threshold, with 1× always a tick', () => {
    const axis = scoreAxis([0.5, 20], 2, true);
    expect(axis.ticks.map(axis.format)).toEqual(['0.5×', '1×', '2×', '5×', '10×']);
    expect(axis.ticks).toContain(2);
    // 0.15× to 20×: 1-2-5 would make seven ticks, so 1-3 steps.
    const wider = scoreAxis([0.3, 40], 2, true);
    expect(wider.ticks.map(wider.format)).toEqual(['0.3×', '1×', '3×', '10×']);
  });

  it('keeps a wide range to a few decade ticks, never dozens', () => {
    const axis = scoreAxis([1e-3, 1e6], 1, true);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
    expect(axis.ticks).toContain(1);
    expect(axis.ticks.every((tick) => Number.isInteger(Math.round(Math.log10(tick) * 1e9) / 1e9))).toBe(true);
  });

  it('shows raw errors for a model saved before score profiles', () => {
    const axis = scoreAxis([1e-5, 3e-3], 4e-4, false);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
    expect(axis.ticks.map(axis.format)).toContain('1e-4');
  });

  it('has no ticks for an empty or non-positive range', () => {
    expect(scoreAxis([0, 1], 1, true).ticks).toEqual([]);
    expect(scoreAxis([2, 2], 1, true).ticks).toEqual([]);
  });
});
