import { describe, expect, it } from 'vitest';
import { swimlane } from './swimlane';

const MINUTE = 60_000;
const T0 = Date.UTC(2024, 0, 1);

describe('swimlane', () => {
  it('gives each bucket its peak over the threshold, its share of flagged rows and the severity of that peak', () => {
    const times = Float64Array.from({ length: 12 }, (_, i) => T0 + i * MINUTE);
    const scores = Float32Array.from([1, 1, 1, 1, 2, 5, 1, 1, Number.NaN, Number.NaN, Number.NaN, 40]);
    const cells = swimlane(times, scores, 2, 3, T0 + 12 * MINUTE);
    expect(cells.map((c) => [c.start, c.end])).toEqual([0, 1, 2].map((b) => [T0 + 4 * b * MINUTE, T0 + 4 * (b + 1) * MINUTE]));
    expect(cells.map((c) => c.peakRatio)).toEqual([0.5, 2.5, 20]);
    expect(cells.map((c) => c.flaggedShare)).toEqual([0, 0.5, 1]);
    expect(cells.map((c) => c.severity)).toEqual([null, 'medium', 'critical']);
  });

  it('leaves a bucket without scored rows unscored, and an empty scoring without cells', () => {
    const times = Float64Array.of(T0, T0 + MINUTE);
    const cells = swimlane(times, Float32Array.of(Number.NaN, 3), 1, 2, T0 + 2 * MINUTE);
    expect(cells[0].peakRatio).toBeNaN();
    expect(cells[0].severity).toBeNull();
    expect(cells[1]).toMatchObject({ peakRatio: 3, flaggedShare: 1, severity: 'high' });
    expect(swimlane(new Float64Array(0), new Float32Array(0), 1, 10, T0)).toEqual([]);
  });
});
