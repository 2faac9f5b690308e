import { describe, expect, it } from 'vitest';
import { downsampleM4 } from './downsample';
import { downsampleBand } from './downsampleBand';

const START = Date.UTC(2024, 0, 1);
const STEP = 30_000;

function rows(n: number, low: (i: number) => number, high: (i: number) => number) {
  return {
    timestamps: Float64Array.from({ length: n }, (_, i) => START + i * STEP),
    low: Float32Array.from({ length: n }, (_, i) => low(i)),
    high: Float32Array.from({ length: n }, (_, i) => high(i)),
  };
}

describe('downsampleBand', () => {
  it('returns small ranges as views of the rows', () => {
    const { timestamps, low, high } = rows(10, (i) => i, (i) => i + 1);
    const band = downsampleBand(timestamps, low, high, { from: 2, to: 6 }, { buckets: 4 });
    expect(band.raw).toBe(true);
    expect(Array.from(band.low)).toEqual([2, 3, 4, 5]);
    expect(band.low.buffer).toBe(low.buffer);
  });

  it('keeps every row inside its bucket’s envelope: one row’s dip and another’s peak both survive', () => {
    const n = 1000;
    const { timestamps, low, high } = rows(n, (i) => (i === 437 ? -50 : 0), (i) => (i === 612 ? 90 : 10));
    const band = downsampleBand(timestamps, low, high, { from: 0, to: n }, { buckets: 10 });
    expect(band.raw).toBe(false);
    expect(band.length).toBeLessThanOrEqual(20);
    expect(Math.min(...band.low)).toBe(-50);
    expect(Math.max(...band.high)).toBe(90);
    // Each row lies under the envelope drawn at its time (the bucket's first and last row carry it).
    for (let r = 0; r < n; r++) {
      const k = band.times.findLastIndex((t) => t <= timestamps[r]);
      const next = Math.min(band.length - 1, k + 1);
      const lo = Math.min(band.low[k], band.low[next]);
      const hi = Math.max(band.high[k], band.high[next]);
      expect(low[r]).toBeGreaterThanOrEqual(lo);
      expect(high[r]).toBeLessThanOrEqual(hi);
    }
  });

  it('uses downsampleM4’s buckets, so the band spans each pixel column the line draws', () => {
    const n = 5000;
    const { timestamps, low, high } = rows(n, (i) => Math.sin(i / 40), (i) => Math.sin(i / 40) + 1);
    const band = downsampleBand(timestamps, low, high, { from: 100, to: n }, { buckets: 50 });
    const line = downsampleM4(timestamps, low, { from: 100, to: n }, { buckets: 50 });
    expect(band.times[0]).toBe(line.times[0]);
    expect(band.times[band.length - 1]).toBe(line.times[line.length - 1]);
    expect(band.length).toBe(100);
  });

  it('breaks the band where a bucket has no value', () => {
    const n = 1000;
    const { timestamps, low, high } = rows(n, (i) => (i >= 300 && i < 500 ? Number.NaN : 0), () => 1);
    const band = downsampleBand(timestamps, low, high, { from: 0, to: n }, { buckets: 10 });
    const gaps = Array.from(band.low).filter(Number.isNaN).length;
    expect(gaps).toBe(2);
  });
});
