import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { logMadThreshold } from './logMad';

describe('logMadThreshold', () => {
  it('matches exp(mu + k sigma) for log-normal scores', () => {
    const random = createRandom(11);
    const scores = Float32Array.from({ length: 50_000 }, () => Math.exp(-7 + 0.5 * random.normal()));
    expect(Math.log(logMadThreshold(scores, 3))).toBeCloseTo(-7 + 1.5, 1);
  });

  it('is not dragged up by a minority of huge scores, unlike a high quantile', () => {
    const random = createRandom(12);
    const normal = Array.from({ length: 9_500 }, () => Math.exp(-7 + 0.5 * random.normal()));
    const anomalies = Array.from({ length: 500 }, () => Math.exp(-2 + random.normal()));
    const clean = logMadThreshold(Float32Array.from(normal), 3);
    const contaminated = logMadThreshold(Float32Array.from([...normal, ...anomalies]), 3);
    expect(contaminated / clean).toBeLessThan(1.2);
    const q99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.99 * xs.length)];
    expect(q99([...normal, ...anomalies]) / q99(normal)).toBeGreaterThan(10);
  });

  it('handles zero scores and rejects no scores or an infinite k', () => {
    expect(logMadThreshold(Float32Array.from([0, 0, 0, 1]), 3)).toBe(0);
    expect(() => logMadThreshold(Float32Array.from([NaN]), 3)).toThrow(RangeError);
    expect(() => logMadThreshold(Float32Array.from([1]), Infinity)).toThrow(RangeError);
  });
});
