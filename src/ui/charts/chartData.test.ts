import { describe, expect, it } from 'vitest';
import { formatNumber, toBandPoints, toHistogramBars, toLinePoints } from './chartData';
import { slugify } from './saveChartImage';

describe('chart data', () => {
  it('turns NaN into line gaps', () => {
    const points = toLinePoints({ times: Float64Array.from([1, 2, 3]), values: Float32Array.from([5, Number.NaN, 7]), length: 3, raw: true });
    expect(points).toEqual([{ t: 1, v: 5 }, { t: 2, v: null }, { t: 3, v: 7 }]);
  });

  it('turns a band into [low, high] ranges, NaN into gaps', () => {
    const band = { times: Float64Array.from([1, 2]), low: Float32Array.from([1, Number.NaN]), high: Float32Array.from([3, 4]), length: 2, raw: true };
    expect(toBandPoints(band)).toEqual([{ t: 1, r: [1, 3] }, { t: 2, r: null }]);
  });

  it('places bars at bin centres', () => {
    const bars = toHistogramBars({ min: 0, max: 10, binWidth: 5, counts: Uint32Array.from([3, 4]), total: 7 });
    expect(bars).toEqual([{ x0: 0, x1: 5, mid: 2.5, count: 3 }, { x0: 5, x1: 10, mid: 7.5, count: 4 }]);
  });

  it('formats numbers briefly', () => {
    expect(formatNumber(42.123456)).toBe('42.1');
    expect(formatNumber(1234.5678)).toBe('1,235');
    expect(formatNumber(0)).toBe('0');
  });

  it('slugifies titles for file names', () => {
    expect(slugify('CPU % — January 2024')).toBe('cpu-january-2024');
    expect(slugify('Database RAM % distribution')).toBe('database-ram-distribution');
    expect(slugify('%%%')).toBe('chart');
  });
});
