import { describe, expect, it } from 'vitest';
import { evaluateScores, falseAlarmThreshold } from './evaluateScores';

describe('falseAlarmThreshold', () => {
  it('flags the requested share of the reference scores, ignoring NaN', () => {
    const reference = [...Array.from({ length: 100 }, (_, i) => i), NaN];
    expect(falseAlarmThreshold(reference, 0.01)).toBe(99);
    expect(falseAlarmThreshold(reference, 0.05)).toBe(95);
    expect(falseAlarmThreshold([NaN], 0.01)).toBeNaN();
  });
});

describe('evaluateScores', () => {
  it('reports average precision, the best-F1 point and the point at the alarm threshold', () => {
    const figures = evaluateScores(Float32Array.from([0.9, 0.2, 0.8, 0.1]), [1, 0, 1, 0], 0.85);
    expect(figures.averagePrecision).toBe(1);
    expect(figures.best).toMatchObject({ f1: 1 });
    expect(figures.atAlarm).toMatchObject({ threshold: 0.85, tp: 1, fp: 0, fn: 1 });
  });
});
