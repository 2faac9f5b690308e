import { describe, expect, it } from 'vitest';
import { falseAlarmRate, nextAbove, quantileOf, sortScores, thresholdForFalseAlarmRate } from './sortedScores';

describe('sortScores', () => {
  it('keeps the finite scores in ascending order and returns a sorted input as it is', () => {
    const sorted = sortScores(Float32Array.from([3, NaN, 1, Infinity, 2]));
    expect([...sorted.values]).toEqual([1, 2, 3]);
    expect(sortScores(sorted)).toBe(sorted);
  });
});

describe('quantileOf', () => {
  it('interpolates between neighbours as np.percentile does', () => {
    const scores = Float32Array.from([4, 1, NaN, 3, 2]);
    expect(quantileOf(scores, 0.95)).toBeCloseTo(3.85, 10); // np.percentile([1, 2, 3, 4], 95)
    expect(quantileOf(scores, 0)).toBe(1);
    expect(quantileOf(scores, 1)).toBe(4);
    expect(quantileOf(scores, 0.5)).toBe(2.5);
  });

  it('gives NaN without scores and rejects q outside [0, 1]', () => {
    expect(quantileOf(Float32Array.from([NaN]), 0.5)).toBeNaN();
    expect(() => quantileOf([1], 1.5)).toThrow(RangeError);
  });
});

describe('falseAlarmRate and thresholdForFalseAlarmRate', () => {
  const scores = Float32Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it('counts the share of reference scores at or above the threshold', () => {
    expect(falseAlarmRate(scores, 100)).toBe(0.01);
    expect(falseAlarmRate(scores, 99.5)).toBe(0.01);
    expect(falseAlarmRate(scores, 0)).toBe(1);
    expect(falseAlarmRate(scores, 101)).toBe(0);
    expect(falseAlarmRate(Float32Array.from([NaN]), 1)).toBeNaN();
  });

  it('inverts falseAlarmRate', () => {
    for (const rate of [0.01, 0.05, 0.1, 0.5, 1]) {
      const threshold = thresholdForFalseAlarmRate(scores, rate);
      expect(falseAlarmRate(scores, threshold)).toBeCloseTo(rate, 10);
    }
    expect(thresholdForFalseAlarmRate(scores, 0.05)).toBe(96);
  });

  it('never splits ties, so the rate reached is at most the one asked for', () => {
    const tied = Float32Array.from([1, 2, 2, 2, 3]);
    const threshold = thresholdForFalseAlarmRate(tied, 0.4); // two rows allowed, but three share the score 2
    expect(threshold).toBe(3);
    expect(falseAlarmRate(tied, threshold)).toBe(0.2);
  });

  it('puts a zero rate just above the highest score', () => {
    const threshold = thresholdForFalseAlarmRate(scores, 0);
    expect(threshold).toBeGreaterThan(100);
    expect(threshold).toBeLessThan(100.000001);
    expect(falseAlarmRate(scores, threshold)).toBe(0);
  });

  it('rejects a rate outside [0, 1]', () => {
    expect(() => thresholdForFalseAlarmRate(scores, -0.1)).toThrow(RangeError);
  });
});

describe('nextAbove', () => {
  it('returns the next double up', () => {
    expect(nextAbove(1)).toBe(1 + Number.EPSILON);
    expect(nextAbove(0)).toBe(Number.MIN_VALUE);
    expect(nextAbove(-1)).toBeGreaterThan(-1);
  });
});
