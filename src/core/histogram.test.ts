import { describe, expect, it } from 'vitest';
import { finiteExtent, histogram, metricHistogram } from './histogram';

const sum = (counts: Uint32Array): number => counts.reduce((a, b) => a + b, 0);

describe('finiteExtent', () => {
  it('skips NaN and infinities', () => {
    expect(finiteExtent(new Float32Array([Number.NaN, 3, -2, Number.POSITIVE_INFINITY, 7]))).toEqual([-2, 7]);
    expect(finiteExtent(new Float32Array([Number.NaN]))).toBeNull();
    expect(finiteExtent(new Float32Array(0))).toBeNull();
  });
});

describe('histogram', () => {
  it('counts sum to the number of non-NaN values', () => {
    const values = new Float32Array(10_001);
    for (let i = 0; i < values.length; i++) values[i] = i % 7 === 0 ? Number.NaN : (i * 37) % 100;
    const h = histogram(values, { bins: 50, min: 0, max: 100 });
    const nonNaN = Array.from(values).filter((v) => !Number.isNaN(v)).length;
    expect(h.total).toBe(nonNaN);
    expect(sum(h.counts)).toBe(nonNaN);
  });

  it('puts values in half-open bins, the top edge in the last bin', () => {
    const h = histogram(new Float32Array([0, 1.99, 2, 50, 99.9, 100]), { bins: 50, min: 0, max: 100 });
    expect(h.binWidth).toBe(2);
    expect(h.counts[0]).toBe(2);
    expect(h.counts[1]).toBe(1);
    expect(h.counts[25]).toBe(1);
    expect(h.counts[49]).toBe(2);
  });

  it('clamps out-of-range values into the edge bins', () => {
    const h = histogram(new Float32Array([-10, 150]), { bins: 10, min: 0, max: 100 });
    expect(h.counts[0]).toBe(1);
    expect(h.counts[9]).toBe(1);
  });

  it('uses the data range by default', () => {
    const h = histogram(new Float32Array([10, 20, 30, Number.NaN]), { bins: 4 });
    expect(h.min).toBe(10);
    expect(h.max).toBe(30);
    expect(Array.from(h.counts)).toEqual([1, 0, 1, 1]);
  });

  it('widens a constant series so it still has a bin', () => {
    const h = histogram(new Float32Array([5, 5, 5]), { bins: 5 });
    expect(h.max).toBeGreaterThan(h.min);
    expect(sum(h.counts)).toBe(3);
  });

  it('copes with no finite values', () => {
    const h = histogram(new Float32Array([Number.NaN, Number.NaN]), { bins: 3 });
    expect(h.total).toBe(0);
    expect(sum(h.counts)).toBe(0);
  });
});

describe('metricHistogram', () => {
  it('uses 0..100 for a percentage metric that fits', () => {
    const h = metricHistogram(new Float32Array([12, 40, 41]), true);
    expect([h.min, h.max, h.counts.length]).toEqual([0, 100, 50]);
  });

  it('falls back to the data range otherwise', () => {
    expect(metricHistogram(new Float32Array([12, 40, 410]), true).max).toBe(410);
    expect(metricHistogram(new Float32Array([12, 40]), false).min).toBe(12);
  });
});
