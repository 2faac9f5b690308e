import { describe, expect, it } from 'vitest';
import { nabCorpusScore, nabScore, nabScoreAtThreshold, probationLength, scaledSigmoid, type NabWindow } from './nab';

// 20 rows at t = 0..19; the first 3 are probationary (15 %). One window covers rows 10..14 (width 5).
const times = Array.from({ length: 20 }, (_, i) => i);
const windows: NabWindow[] = [[10, 14]];
const flags = (...rows: number[]) => times.map((_, i) => rows.includes(i));
// scaledSigmoid(x) = 2σ(−5x) − 1 = tanh(−2.5x), which keeps the hand computations short.
const FP = 0.11;

describe('scaledSigmoid', () => {
  it('follows NAB: 0.987 at a window start, 0 just past its end, −1 from 3 on', () => {
    expect(scaledSigmoid(-1)).toBeCloseTo(0.98661, 5);
    expect(scaledSigmoid(-0.5)).toBeCloseTo(0.84828, 5);
    expect(scaledSigmoid(0)).toBe(0);
    expect(scaledSigmoid(1)).toBeCloseTo(-0.98661, 5);
    expect(scaledSigmoid(3)).toBe(-1);
  });
});

describe('probationLength', () => {
  it('is 15 % of the rows, at most 750', () => {
    expect(probationLength(4032)).toBe(604);
    expect(probationLength(20)).toBe(3);
    expect(probationLength(10_000)).toBe(750);
  });
});

describe('nabScore', () => {
  it('gives a detection at the first row of a window the full tpWeight, and 100 normalised', () => {
    const r = nabScore(times, flags(10), windows);
    expect(r.score).toBeCloseTo(1, 12);
    expect(r).toMatchObject({ nullScore: -1, perfectScore: 1, tp: 1, fn: 4, fp: 0, tn: 12, rows: 20, probationRows: 3, unscoredWindows: 0 });
    expect(r.normalizedScore).toBeCloseTo(100, 10);
    expect(r.windows).toEqual([{ startIndex: 10, endIndex: 14, detectedIndex: 10, score: r.score }]);
  });

  it('rewards only the earliest detection, along the sigmoid', () => {
    // Row 12: position −(14 − 12 + 1) / 5 = −0.6, scaled by the maximum tanh(2.5).
    const r = nabScore(times, flags(12, 13, 14), windows);
    expect(r.score).toBeCloseTo(Math.tanh(1.5) / Math.tanh(2.5), 12);
    expect(r).toMatchObject({ tp: 3, fn: 2 });
  });

  it('charges a miss −fnWeight, which is the null score', () => {
    const r = nabScore(times, flags(), windows);
    expect(r.score).toBe(-1);
    expect(r.normalizedScore).toBe(0);
    expect(nabScore(times, flags(), windows, { profile: 'reward_low_FN_rate' }).score).toBe(-2);
  });

  it('weights false positives by their distance past the preceding window, ignoring probationary rows', () => {
    // Row 1 is probationary; row 5 precedes every window (−fpWeight); row 16 lies 2 rows past a
    // window of width 5 (position 2/4); row 19 lies 5/4 past it.
    const r = nabScore(times, flags(1, 5, 10, 16, 19), windows);
    const expected = 1 - FP + FP * Math.tanh(-2.5 * 0.5) + FP * Math.tanh(-2.5 * 1.25);
    expect(r.score).toBeCloseTo(expected, 12);
    expect(r).toMatchObject({ tp: 1, fp: 3, fn: 4, tn: 9 });
    expect(nabScore(times, flags(1, 5, 10, 16, 19), windows, { profile: 'reward_low_FP_rate' }).score).toBeCloseTo(1 + 2 * (expected - 1), 12);
  });

  it('leaves a window in the probationary period out, yet measures later false positives from it', () => {
    const r = nabScore(times, flags(4), [[0, 2]]);
    expect(r).toMatchObject({ unscoredWindows: 1, windows: [], nullScore: -0, perfectScore: 0, fp: 1 });
    expect(r.score).toBeCloseTo(FP * Math.tanh(-2.5), 12); // |2 − 4| / (3 − 1) = 1
    expect(r.normalizedScore).toBeNaN();
  });

  it('finds window rows by time, so windows between rows and gaps in the data work', () => {
    const gappy = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 20, 21, 22, 23, 24, 25, 26];
    const r = nabScore(gappy, gappy.map((t) => t === 12), [[11, 13], [14, 19]]);
    expect(r.windows).toEqual([{ startIndex: 11, endIndex: 12, detectedIndex: 11, score: 1 }]);
    expect(r.unscoredWindows).toBe(1);
  });

  it('sums files into NAB\'s corpus figure', () => {
    const a = nabScore(times, flags(10), windows);
    const b = nabScore(times, flags(), [[5, 6], [10, 14]]);
    expect(nabCorpusScore([a, b])).toBeCloseTo((100 * (1 - 2 - -3)) / (3 - -3), 10);
  });

  it('rejects mismatched lengths and timestamps that go back', () => {
    expect(() => nabScore(times, [true], windows)).toThrow(RangeError);
    expect(() => nabScore([0, 2, 1], [0, 0, 0], windows)).toThrow(RangeError);
  });
});

describe('nabScoreAtThreshold', () => {
  it('flags scores at least the threshold and never NaN', () => {
    const scores = times.map((i) => (i === 10 ? 0.5 : i === 11 ? Number.NaN : 0.2));
    expect(nabScoreAtThreshold(times, scores, 0.5, windows)).toMatchObject({ tp: 1, fp: 0 });
    expect(nabScoreAtThreshold(times, scores, 0.2, windows)).toMatchObject({ tp: 4, fn: 1, fp: 12 });
  });
});
