import { describe, expect, it } from 'vitest';
import { metricsAtThreshold } from './threshold';

const scores = Float32Array.from([1, 0.75, NaN, 0.5, 0.25, 0.125]);
const truth = [true, false, true, true, false, true];

describe('metricsAtThreshold', () => {
  it('flags rows scoring at least the threshold and leaves NaN scores out', () => {
    const at = metricsAtThreshold(scores, truth, 0.5);
    expect(at).toMatchObject({ threshold: 0.5, tp: 2, fp: 1, fn: 1, tn: 1, excluded: 1 });
    expect(at.precision).toBeCloseTo(2 / 3, 10);
    expect(at.recall).toBeCloseTo(2 / 3, 10);
    expect(at.f1).toBeCloseTo(2 / 3, 10);
  });

  it('gives NaN precision when nothing is flagged and NaN recall without anomalies', () => {
    const nothing = metricsAtThreshold(scores, truth, 2);
    expect(nothing.precision).toBeNaN();
    expect(nothing.recall).toBe(0);
    expect(nothing.f1).toBe(0);
    const normal = metricsAtThreshold(scores, new Uint8Array(6), 0.5);
    expect(normal.recall).toBeNaN();
    expect(normal.f1).toBe(0);
    expect(metricsAtThreshold(scores, new Uint8Array(6), 2).f1).toBeNaN();
  });

  it('rejects scores and truth of different lengths', () => {
    expect(() => metricsAtThreshold(scores, [true], 0.5)).toThrow(RangeError);
  });
});
