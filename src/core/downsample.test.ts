import { describe, expect, it } from 'vitest';
import { downsampleM4, rowRangeForTime } from './downsample';
import { lowerBound } from './sortedSearch';

const START = Date.UTC(2024, 0, 1);
const STEP = 30_000;

function series(n: number, value: (i: number) => number): { timestamps: Float64Array; values: Float32Array } {
  const timestamps = new Float64Array(n);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    timestamps[i] = START + i * STEP;
    values[i] = value(i);
  }
  return { timestamps, values };
}

describe('lowerBound and rowRangeForTime', () => {
  const { timestamps } = series(10, () => 0);

  it('finds the first row at or after a time', () => {
    expect(lowerBound(timestamps, START)).toBe(0);
    expect(lowerBound(timestamps, START + 1)).toBe(1);
    expect(lowerBound(timestamps, START + 3 * STEP)).toBe(3);
    expect(lowerBound(timestamps, START - 1)).toBe(0);
    expect(lowerBound(timestamps, START + 100 * STEP)).toBe(10);
  });

  it('gives half-open row ranges', () => {
    expect(rowRangeForTime(timestamps, START + 2 * STEP, START + 5 * STEP)).toEqual({ from: 2, to: 5 });
    expect(rowRangeForTime(timestamps, START + 5 * STEP, START + 2 * STEP)).toEqual({ from: 5, to: 5 });
    expect(rowRangeForTime(new Float64Array(0), 0, 1)).toEqual({ from: 0, to: 0 });
  });
});

describe('downsampleM4', () => {
  it('keeps a single-point spike in 500,000 points', () => {
    const n = 500_000;
    const spikeAt = 312_345;
    const { timestamps, values } = series(n, (i) => (i === spikeAt ? 99 : 20 + Math.sin(i / 500)));
    const out = downsampleM4(timestamps, values, { from: 0, to: n }, { buckets: 1000 });
    expect(out.raw).toBe(false);
    expect(out.length).toBeLessThanOrEqual(4000);
    const max = Math.max(...out.values);
    expect(max).toBe(99);
    expect(out.times[out.values.indexOf(99)]).toBe(timestamps[spikeAt]);
  });

  it('keeps a single-point dip too', () => {
    const { timestamps, values } = series(100_000, (i) => (i === 777 ? -5 : 50));
    const out = downsampleM4(timestamps, values, { from: 0, to: 100_000 }, { buckets: 200 });
    expect(Math.min(...out.values)).toBe(-5);
  });

  it('returns points in time order, each a real row', () => {
    const { timestamps, values } = series(50_000, (i) => (i * 7919) % 101);
    const out = downsampleM4(timestamps, values, { from: 1000, to: 40_000 }, { buckets: 300 });
    for (let i = 1; i < out.length; i++) expect(out.times[i]).toBeGreaterThan(out.times[i - 1]);
    for (let i = 0; i < out.length; i++) {
      const row = (out.times[i] - START) / STEP;
      expect(row).toBeGreaterThanOrEqual(1000);
      expect(row).toBeLessThan(40_000);
      expect(out.values[i]).toBe(values[row]);
    }
  });

  it('keeps the first and last rows of the range (bucket edges)', () => {
    const { timestamps, values } = series(10_000, (i) => i % 10);
    const out = downsampleM4(timestamps, values, { from: 100, to: 9_100 }, { buckets: 100 });
    expect(out.times[0]).toBe(timestamps[100]);
    expect(out.times[out.length - 1]).toBe(timestamps[9_099]);
  });

  it('puts every row in one of `buckets` buckets', () => {
    const n = 10_000;
    const { timestamps, values } = series(n, (i) => i);
    const out = downsampleM4(timestamps, values, { from: 0, to: n }, { buckets: 100 });
    // A monotonic series gives first (= min) and last (= max) per bucket: two points each.
    expect(out.length).toBe(200);
    expect(out.values[1]).toBe(99);
    expect(out.values[2]).toBe(100);
  });

  it('returns the raw rows, without copying, for small ranges', () => {
    const { timestamps, values } = series(5_000, (i) => i);
    const out = downsampleM4(timestamps, values, { from: 10, to: 1_010 }, { buckets: 800 });
    expect(out.raw).toBe(true);
    expect(out.length).toBe(1000);
    expect(out.values.buffer).toBe(values.buffer);
    expect(out.values[0]).toBe(10);
  });

  it('honours a larger raw limit (a day at 30 s)', () => {
    const { timestamps, values } = series(2_880, (i) => i);
    const out = downsampleM4(timestamps, values, { from: 0, to: 2_880 }, { buckets: 1000, rawLimit: 3_000 });
    expect(out.raw).toBe(true);
    expect(out.length).toBe(2_880);
    expect(downsampleM4(timestamps, values, { from: 0, to: 2_880 }, { buckets: 1000 }).raw).toBe(false);
  });

  it('skips NaN and marks an all-NaN bucket with one NaN point', () => {
    const { timestamps, values } = series(1_000, (i) => (i >= 500 && i < 600 ? Number.NaN : i % 3 === 0 ? Number.NaN : 1));
    const out = downsampleM4(timestamps, values, { from: 0, to: 1_000 }, { buckets: 10 });
    const nanPoints = Array.from(out.values).filter((v) => Number.isNaN(v));
    expect(nanPoints).toHaveLength(1);
    expect(Array.from(out.values).filter((v) => !Number.isNaN(v)).every((v) => v === 1)).toBe(true);
  });

  it('handles empty and clamped ranges', () => {
    const { timestamps, values } = series(100, (i) => i);
    expect(downsampleM4(timestamps, values, { from: 50, to: 50 }, { buckets: 10 }).length).toBe(0);
    expect(downsampleM4(timestamps, values, { from: -5, to: 500 }, { buckets: 100 }).length).toBe(100);
  });

  // Speed lives in the bench (the charts' longest task); this checks what 526,000 points reduce to.
  it('reduces 526,000 points to at most 4 per bucket of 1,000, keeping the extremes', () => {
    const n = 526_000;
    const { timestamps, values } = series(n, (i) => (i * 2654435761) % 100);
    const points = downsampleM4(timestamps, values, { from: 0, to: n }, { buckets: 1000 });
    expect(points.length).toBeLessThanOrEqual(4 * 1000);
    const kept = points.values.subarray(0, points.length);
    expect(kept.reduce((a, b) => Math.max(a, b))).toBe(values.reduce((a, b) => Math.max(a, b)));
    expect(kept.reduce((a, b) => Math.min(a, b))).toBe(values.reduce((a, b) => Math.min(a, b)));
  });
});
