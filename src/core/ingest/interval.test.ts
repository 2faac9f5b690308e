import { describe, expect, it } from 'vitest';
import { select } from '../median';
import { formatCount, formatDuration, medianPositiveStep } from './interval';

describe('medianPositiveStep', () => {
  it('ignores repeated times and finds the usual step despite outliers', () => {
    const times = [0, 60, 120, 120, 180, 181, 240, 3_600, 3_660, 3_720, 3_779, 3_840];
    expect(medianPositiveStep(Float64Array.from(times))).toBe(60);
  });

  it('takes the lower middle step of an even count, a step that occurs', () => {
    expect(medianPositiveStep(Float64Array.from([0, 10, 30, 60, 100]))).toBe(20);
  });

  it('is NaN when no two times differ', () => {
    expect(medianPositiveStep(Float64Array.from([5, 5, 5]))).toBeNaN();
    expect(medianPositiveStep(new Float64Array(0))).toBeNaN();
  });
});

describe('select', () => {
  it('agrees with sorting on random and repetitive data', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 48271) % 2147483647) % 1000) / 10;
    for (const size of [1, 2, 3, 10, 101, 1000]) {
      const values = Float64Array.from({ length: size }, () => (size === 1000 ? Math.round(next() / 30) : next()));
      const sorted = Float64Array.from(values).sort();
      for (const k of [0, size >> 1, size - 1]) expect(select(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });
});

describe('formatDuration and formatCount', () => {
  it('writes durations people read', () => {
    expect(formatDuration(30_000)).toBe('30 s');
    expect(formatDuration(90 * 60_000)).toBe('1.5 hours');
    expect(formatDuration(86_400_000)).toBe('1 day');
    expect(formatDuration(3 * 365.25 * 86_400_000)).toBe('3 years');
    expect(formatDuration(250)).toBe('250 ms');
  });

  it('writes counts with separators, millions short', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(12_400)).toBe('12,400');
    expect(formatCount(3_155_759)).toBe('3.2 M');
  });
});
