import { describe, expect, it } from 'vitest';
import { formatNumber } from './chartText';
import { slugify } from './saveChartImage';

describe('chart text', () => {
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
