import { describe, expect, it } from 'vitest';
import { RollingSeries } from './rollingSeries';

const rows = (from: number, count: number) => ({
  timestamps: Float64Array.from({ length: count }, (_, i) => from + i),
  values: [Float32Array.from({ length: count }, (_, i) => (from + i) * 10)],
  scores: Float32Array.from({ length: count }, (_, i) => (from + i) / 100),
});

describe('RollingSeries', () => {
  it('keeps the newest rows up to its capacity across many appends', () => {
    const series = new RollingSeries(1, 5);
    for (let from = 0; from < 40; from += 3) {
      const r = rows(from, 3);
      series.append(r.timestamps, r.values, r.scores);
    }
    expect(series.size).toBe(5);
    const all = series.since(-Infinity);
    expect(Array.from(all.timestamps)).toEqual([37, 38, 39, 40, 41]);
    expect(Array.from(all.values[0])).toEqual([370, 380, 390, 400, 410]);
    expect(Array.from(all.scores)).toEqual([0.37, 0.38, 0.39, 0.4, 0.41].map(Math.fround));
    expect(series.lastTime).toBe(41);
  });

  it('takes only the newest rows of a batch larger than its capacity', () => {
    const series = new RollingSeries(1, 4);
    const r = rows(0, 10);
    series.append(r.timestamps, r.values, r.scores);
    expect(Array.from(series.since(-Infinity).timestamps)).toEqual([6, 7, 8, 9]);
  });

  it('reads the rows since a time by binary search', () => {
    const series = new RollingSeries(1, 100);
    const r = rows(0, 50);
    series.append(r.timestamps, r.values, r.scores);
    expect(Array.from(series.since(47.5).timestamps)).toEqual([48, 49]);
    expect(series.since(99).timestamps).toHaveLength(0);
    series.clear();
    expect(series.size).toBe(0);
    expect(series.lastTime).toBeNaN();
  });
});
