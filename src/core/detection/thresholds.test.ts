import { describe, expect, it } from 'vitest';
import { checkRule, computeThreshold, DEFAULT_THRESHOLD_RULE, describeRule, type ThresholdRule } from './thresholds';

const reference = Float32Array.from([NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe('computeThreshold', () => {
  it('reads a quantile of the reference, NaN skipped', () => {
    expect(computeThreshold(reference, { kind: 'quantile', q: 0.95 })).toBeCloseTo(9.55, 10);
  });

  it('adds k population standard deviations to the mean', () => {
    const std = Math.sqrt(8.25); // population variance of 1..10
    expect(computeThreshold(reference, { kind: 'meanStd', k: 2 })).toBeCloseTo(5.5 + 2 * std, 10);
  });

  it('dispatches POT and log-MAD rules', () => {
    const many = Float32Array.from({ length: 10_000 }, (_, i) => (i + 1) / 10_000);
    const pot = computeThreshold(many, { kind: 'pot', initialQuantile: 0.9, risk: 1e-3 });
    expect(pot).toBeGreaterThan(0.99);
    expect(pot).toBeLessThanOrEqual(1.001); // a uniform tail is bounded at 1
    expect(computeThreshold(Float32Array.from([1, Math.E, Math.E ** 2]), { kind: 'logMad', k: 0 })).toBeCloseTo(Math.E, 5);
  });

  it('gives the same threshold for a sorted reference', async () => {
    const { sortScores } = await import('./sortedScores');
    expect(computeThreshold(sortScores(reference), DEFAULT_THRESHOLD_RULE)).toBe(computeThreshold(reference, DEFAULT_THRESHOLD_RULE));
  });

  it('rejects a reference without finite scores', () => {
    expect(() => computeThreshold(Float32Array.from([NaN]), { kind: 'quantile', q: 0.5 })).toThrow(RangeError);
  });
});

describe('checkRule', () => {
  it.each<[string, unknown]>([
    ['q above 1', { kind: 'quantile', q: 1.2 }],
    ['an infinite k', { kind: 'meanStd', k: Infinity }],
    ['a risk beyond the initial quantile', { kind: 'pot', initialQuantile: 0.98, risk: 0.05 }],
    ['an unknown kind', { kind: 'median' }],
    ['no rule', null],
  ])('rejects %s', (_, rule) => {
    expect(() => checkRule(rule as ThresholdRule)).toThrow(RangeError);
  });

  it('accepts the default and survives a JSON round trip', () => {
    const back = JSON.parse(JSON.stringify(DEFAULT_THRESHOLD_RULE)) as ThresholdRule;
    expect(checkRule(back)).toEqual(DEFAULT_THRESHOLD_RULE);
  });
});

describe('describeRule', () => {
  it('names each rule', () => {
    expect(describeRule({ kind: 'quantile', q: 0.999 })).toBe('99.9th percentile');
    expect(describeRule({ kind: 'meanStd', k: 3 })).toBe('mean + 3σ');
    expect(describeRule({ kind: 'pot', initialQuantile: 0.98, risk: 1e-4 })).toBe('POT over the 98th percentile, risk 1e-4');
    expect(describeRule({ kind: 'logMad', k: 3.5 })).toBe('median + 3.5σ of log errors (robust)');
  });
});
