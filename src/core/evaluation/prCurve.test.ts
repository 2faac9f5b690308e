import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { precisionRecallCurve } from './prCurve';
import { rankingMetrics } from './ranking';

const scores = Float32Array.from([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]);
const truth = [1, 0, 1, 0, 0, 1];

describe('precisionRecallCurve', () => {
  it('has one point per threshold, worked out by hand', () => {
    const curve = precisionRecallCurve(scores, truth);
    expect(curve.points.map((p) => [p.recall, p.precision])).toEqual([
      [1 / 3, 1],
      [1 / 3, 1 / 2],
      [2 / 3, 2 / 3],
      [2 / 3, 2 / 4],
      [2 / 3, 2 / 5],
      [1, 3 / 6],
    ]);
    expect(curve.points[0].threshold).toBeCloseTo(0.9, 6);
    expect(curve.area).toBeCloseTo((1 + 2 / 3 + 1 / 2) / 3, 12);
    expect(curve).toMatchObject({ positives: 3, negatives: 3, excluded: 0 });
  });

  it('keeps ties together and leaves NaN scores out', () => {
    const curve = precisionRecallCurve(Float32Array.from([2, 2, 1, NaN]), [1, 0, 1, 1]);
    expect(curve.points.map((p) => [p.threshold, p.recall, p.precision])).toEqual([
      [2, 1 / 2, 1 / 2],
      [1, 1, 2 / 3],
    ]);
    expect(curve.excluded).toBe(1);
  });

  it('thins a long curve to at most maxPoints, both ends kept, with the area of the full curve', () => {
    const random = createRandom(7);
    const n = 5000;
    const s = Float32Array.from({ length: n }, () => random.next());
    const t = Array.from(s, (v) => random.next() < v * v * 0.3);
    const full = precisionRecallCurve(s, t, n);
    const thin = precisionRecallCurve(s, t, 50);
    expect(full.points.length).toBeGreaterThan(1000);
    expect(thin.points.length).toBeLessThanOrEqual(50);
    expect(thin.points.length).toBeGreaterThan(40);
    expect(thin.points[0]).toEqual(full.points[0]);
    expect(thin.points.at(-1)).toEqual(full.points.at(-1));
    expect(thin.area).toBe(full.area);
    expect(thin.area).toBeCloseTo(rankingMetrics(s, t).averagePrecision, 12);
    const thresholds = thin.points.map((p) => p.threshold);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => b - a));
  });

  it('has no points and a NaN area without anomalies', () => {
    expect(precisionRecallCurve(scores, new Uint8Array(6))).toMatchObject({ points: [], area: NaN, positives: 0, negatives: 6 });
  });

  it('rejects mismatched lengths and fewer than 2 points', () => {
    expect(() => precisionRecallCurve(scores, [1])).toThrow(RangeError);
    expect(() => precisionRecallCurve(scores, truth, 1)).toThrow(RangeError);
  });
});
