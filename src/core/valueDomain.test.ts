import { describe, expect, it } from 'vitest';
import { paddedDomain } from './valueDomain';

describe('paddedDomain', () => {
  it('spans every finite value of every series with room on both sides, on round bounds', () => {
    expect(paddedDomain([Float32Array.of(12, Number.NaN, 16), [14, 20]], 0.25)).toEqual([10, 22]);
    expect(paddedDomain([[-3.3, 7.1]], 0.1)).toEqual([-6, 10]);
  });

  it('keeps a never-negative measure at or above 0', () => {
    expect(paddedDomain([[0.4, 97]], 0.15)).toEqual([0, 120]);
  });

  it('gives flat series a span, and no series none', () => {
    const [low, high] = paddedDomain([[5, 5]], 0.1)!;
    expect(low).toBeCloseTo(4.5, 9);
    expect(high).toBeCloseTo(5.5, 9);
    expect(paddedDomain([[-2]], 0.5)).toEqual([-3, -1]);
    expect(paddedDomain([[Number.NaN], []], 0.1)).toBeNull();
  });
});
