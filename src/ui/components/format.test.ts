import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../shared/units';
import { formatChance, formatCount, formatInputNumber, formatInterval, formatMetric, formatRunSummary, formatTimesThreshold, formatUtcRange } from './format';

describe('format', () => {
  it('formats the run summary the status line shows', () => {
    expect(formatRunSummary({ rows: 524_160, columns: 15, wallMs: 620, workerMs: 600 })).toBe(
      'Generated 524,160 rows × 15 columns in 0.62 s (845,419 rows/s)',
    );
  });

  it('reads a score as a multiple of the threshold, or raw without one', () => {
    expect(formatTimesThreshold(5.5, 2)).toBe('2.8×');
    expect(formatTimesThreshold(3.98e-4, 0)).toBe('3.98e-4');
    expect(formatTimesThreshold(Number.NaN, 2)).toBe('–');
  });

  it('formats counts, bytes and intervals', () => {
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(31_400_000)).toBe('31.4 MB');
    expect(formatInterval(30_000)).toBe('30 s');
    expect(formatInterval(300_000)).toBe('5 min');
    expect(formatInterval(90_000)).toBe('90 s');
    expect(formatInterval(7_200_000)).toBe('2 h');
  });

  it('formats time ranges in UTC', () => {
    expect(formatUtcRange(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 31, 23, 55))).toBe('2024-01-01 00:00 – 2024-01-31 23:55 UTC');
  });

  it('formats chances and input numbers without float noise', () => {
    expect(formatChance(0.000125)).toBe('0.0125 %');
    expect(formatChance(0)).toBe('0 %');
    expect(formatInputNumber(0.0005 * 100)).toBe('0.05');
    expect(formatInputNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatInputNumber(Number.NaN)).toBe('');
  });
});

describe('formatMetric', () => {
  it('gives three decimals and a dash for an undefined metric', () => {
    expect(formatMetric(0.12345)).toBe('0.123');
    expect([Number.NaN, null, undefined].map(formatMetric)).toEqual(['–', '–', '–']);
  });
});
