import { describe, expect, it } from 'vitest';
import { metricsStandingOut } from './windowMetrics';

describe('metricsStandingOut', () => {
  it('ranks metrics by their error above the usual level over the rows of a span, shares summing to 1', () => {
    // Rows 0..3 scored; cpu runs 5× its usual error on rows 1 and 2, ram at its usual level, disk 2× on row 2.
    const scoredRows = Uint32Array.of(0, 1, 2, 3);
    const errors = Float32Array.of(1, 1, 1, 5, 1, 1, 5, 0.5, 2, 1, 1, 1);
    const ranked = metricsStandingOut(scoredRows, errors, ['cpu', 'ram', 'disk'], { from: 1, to: 3 }, 1, 3);
    expect(ranked.map((c) => c.name)).toEqual(['cpu', 'disk']);
    expect(ranked[0].share).toBeCloseTo(8 / 9, 6);
    expect(ranked.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 6);
  });

  it('finds nothing standing out in a quiet span, and reads raw errors from zero', () => {
    const scoredRows = Uint32Array.of(0, 1);
    expect(metricsStandingOut(scoredRows, Float32Array.of(0.9, 1, 1, 0.8), ['cpu', 'ram'], { from: 0, to: 2 }, 1, 3)).toEqual([]);
    expect(metricsStandingOut(scoredRows, Float32Array.of(0.1, 0.3, 0.1, 0.5), ['cpu', 'ram'], { from: 0, to: 2 }, 0, 1)).toEqual([{ name: 'ram', share: expect.closeTo(0.8, 6) }]);
  });
});
