import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { rankingMetrics } from './ranking';

const scores = Float32Array.from([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]);
const truth = [1, 0, 1, 0, 0, 1];

describe('rankingMetrics', () => {
  it('matches values worked out by hand', () => {
    const m = rankingMetrics(scores, truth);
    expect(m.rocAuc).toBeCloseTo(5 / 9, 10); // 5 of the 9 anomaly/normal pairs are ordered right
    expect(m.averagePrecision).toBeCloseTo((1 + 2 / 3 + 1 / 2) / 3, 10);
    expect(m.bestF1?.f1).toBeCloseTo(2 / 3, 10);
    expect(m.bestF1?.threshold).toBeCloseTo(0.7, 6); // ties with 0.4; the higher threshold wins
    expect(m.bestF1).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 2 });
    expect(m).toMatchObject({ positives: 3, negatives: 3, excluded: 0 });
  });

  it('scores a perfect ranking 1 and flags exactly the anomalies at the best threshold', () => {
    const m = rankingMetrics(Float32Array.from([5, 1, 4, 2]), [true, false, true, false]);
    expect(m.rocAuc).toBe(1);
    expect(m.averagePrecision).toBe(1);
    expect(m.bestF1).toMatchObject({ threshold: 4, f1: 1, precision: 1, recall: 1 });
  });

  it('treats equal scores as one threshold', () => {
    const m = rankingMetrics(new Float32Array(5).fill(3), [1, 0, 0, 1, 0]);
    expect(m.rocAuc).toBe(0.5);
    expect(m.averagePrecision).toBeCloseTo(2 / 5, 10);
    expect(m.bestF1).toMatchObject({ threshold: 3, tp: 2, fp: 3 });
  });

  it('leaves NaN scores out', () => {
    const withGaps = Float32Array.from([NaN, ...scores, NaN]);
    const m = rankingMetrics(withGaps, [1, ...truth, 0]);
    const plain = rankingMetrics(scores, truth);
    expect(m.rocAuc).toBe(plain.rocAuc);
    expect(m.averagePrecision).toBe(plain.averagePrecision);
    expect(m.bestF1).toEqual({ ...plain.bestF1, excluded: 2 });
    expect(m).toMatchObject({ positives: 3, negatives: 3, excluded: 2 });
  });

  it('reads label codes as truth: any non-zero code is an anomaly', () => {
    expect(rankingMetrics(scores, [4, 0, 255, 0, 0, 1])).toEqual(rankingMetrics(scores, truth));
  });

  it('returns NaN and no threshold when a class is missing', () => {
    const none = rankingMetrics(scores, new Uint8Array(6));
    expect(none.rocAuc).toBeNaN();
    expect(none.averagePrecision).toBeNaN();
    expect(none.bestF1).toBeNull();
    const all = rankingMetrics(scores, new Uint8Array(6).fill(1));
    expect(all.rocAuc).toBeNaN();
    expect(all.averagePrecision).toBe(1);
    const empty = rankingMetrics(Float32Array.from([NaN]), [1]);
    expect(empty).toMatchObject({ positives: 0, negatives: 0, excluded: 1, bestF1: null });
  });

  it('agrees with the pairwise definition of ROC AUC on random scores with ties', () => {
    const random = createRandom(3);
    const n = 300;
    const s = Float32Array.from({ length: n }, () => random.int(0, 40));
    const t = Array.from({ length: n }, () => random.next() < 0.2);
    let wins = 0;
    let pairs = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        if (!t[a] || t[b]) continue;
        pairs++;
        wins += s[a] > s[b] ? 1 : s[a] === s[b] ? 0.5 : 0;
      }
    }
    expect(rankingMetrics(s, t).rocAuc).toBeCloseTo(wins / pairs, 10);
  });

  it('rejects scores and truth of different lengths', () => {
    expect(() => rankingMetrics(scores, [1, 0])).toThrow(RangeError);
  });
});
