import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { MIN_EXCESSES_FOR_SHAPE, potThreshold, tailQuantile } from './pot';

const exponential = (n: number, seed = 3) => {
  const random = createRandom(seed);
  return Float32Array.from({ length: n }, () => -Math.log(1 - random.next()));
};

describe('potThreshold', () => {
  it('extrapolates the tail of exponential scores to the risk asked for', () => {
    const result = potThreshold(exponential(200_000), 0.98, 1e-5);
    expect(result.method).toBe('gpd');
    expect(result.excesses).toBeCloseTo(4000, -1);
    expect(result.fit!.shape).toBeCloseTo(0, 1);
    expect(result.threshold / -Math.log(1e-5)).toBeCloseTo(1, 1); // true quantile 11.5, beyond most draws
  });

  it('extrapolates a heavy (Pareto) tail', () => {
    const random = createRandom(5);
    const pareto = Float32Array.from({ length: 100_000 }, () => (1 - random.next()) ** -0.5); // P(X > x) = x^-2
    const result = potThreshold(pareto, 0.95, 1e-4);
    expect(result.fit!.shape).toBeCloseTo(0.5, 1);
    expect(result.threshold / 100).toBeCloseTo(1, 0); // (1e-4)^(-1/2)
  });

  it('reads a risk that is not beyond the initial quantile from the data', () => {
    const scores = exponential(1000);
    const result = potThreshold(scores, 0.98, 0.05);
    expect(result.method).toBe('empirical');
    expect(result.threshold).toBeLessThan(result.initial);
  });

  it('gives the common value of constant scores', () => {
    expect(potThreshold(new Float32Array(500).fill(0.25), 0.98, 1e-4)).toMatchObject({ threshold: 0.25, method: 'empirical', excesses: 0 });
  });

  it('takes the tail as exponential with too few excesses for a shape', () => {
    const result = potThreshold(exponential(500), 0.98, 1e-4);
    expect(result.excesses).toBeLessThan(MIN_EXCESSES_FOR_SHAPE);
    expect(result.method).toBe('exponential');
    expect(result.threshold).toBeGreaterThan(result.initial);
    expect(Number.isFinite(result.threshold)).toBe(true);
  });

  it('skips NaN scores and rejects bad parameters or no scores', () => {
    const scores = exponential(10_000);
    const withNaN = Float32Array.from([...scores, NaN, NaN]);
    expect(potThreshold(withNaN, 0.98, 1e-4).threshold).toBe(potThreshold(scores, 0.98, 1e-4).threshold);
    expect(() => potThreshold(scores, 1, 1e-4)).toThrow(RangeError);
    expect(() => potThreshold(scores, 0.98, 0)).toThrow(RangeError);
    expect(() => potThreshold(Float32Array.from([NaN]), 0.98, 1e-4)).toThrow(RangeError);
  });
});

describe('tailQuantile', () => {
  it('joins the GPD formula continuously at shape 0', () => {
    expect(tailQuantile({ shape: 1e-9, scale: 2 }, 0.01)).toBeCloseTo(-2 * Math.log(0.01), 6);
    expect(tailQuantile({ shape: 1e-4, scale: 2 }, 0.01)).toBeCloseTo(-2 * Math.log(0.01), 2);
    expect(tailQuantile({ shape: -0.5, scale: 1 }, 1e-12)).toBeLessThan(2); // bounded tail ends at 2
  });
});
