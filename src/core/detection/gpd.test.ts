import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { fitGpd, gpdLogLikelihood } from './gpd';

/** n draws from a GPD by inverting its distribution function. */
function gpdSample(n: number, shape: number, scale: number, seed = 7): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: n }, () => {
    const u = 1 - random.next(); // in (0, 1]
    return shape === 0 ? -scale * Math.log(u) : (scale / shape) * (u ** -shape - 1);
  });
}

describe('fitGpd', () => {
  it.each([
    [0.3, 2],
    [-0.2, 1],
    [0, 0.5],
  ])('recovers shape %s and scale %s from 20,000 draws', (shape, scale) => {
    const fit = fitGpd(gpdSample(20_000, shape, scale));
    expect(fit.shape).toBeCloseTo(shape, 1);
    expect(fit.scale / scale).toBeCloseTo(1, 1);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(gpdLogLikelihood(gpdSample(20_000, shape, scale), shape, scale));
  });

  it('falls back to an exponential tail when every excess is equal', () => {
    expect(fitGpd(Float64Array.from([2, 2, 2]))).toMatchObject({ shape: 0, scale: 2 });
  });

  it('needs at least one excess', () => {
    expect(() => fitGpd(new Float64Array(0))).toThrow(RangeError);
  });
});

describe('gpdLogLikelihood', () => {
  it('is -Infinity for an excess beyond a bounded tail and for a scale that is not positive', () => {
    expect(gpdLogLikelihood(Float64Array.from([0.5, 3]), -0.5, 1)).toBe(-Infinity); // the tail ends at 2
    expect(gpdLogLikelihood(Float64Array.from([1]), 0.1, 0)).toBe(-Infinity);
  });

  it('matches the exponential log-density at shape 0', () => {
    expect(gpdLogLikelihood(Float64Array.from([1, 3]), 0, 2)).toBeCloseTo(-2 * Math.log(2) - 2, 12);
  });
});
