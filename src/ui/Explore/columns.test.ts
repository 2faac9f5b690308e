import { describe, expect, it } from 'vitest';
import type { MetricColumn } from '../../shared/dataset';
import { distributionColumns, isPercentColumn } from './columns';

const col = (key: string, label = key): MetricColumn => ({ key, label, values: new Float32Array(0) });

describe('distributionColumns', () => {
  it('picks cpu, ram and disk in that order when present', () => {
    const columns = [col('web.cpu'), col('disk'), col('cpu'), col('ram')];
    expect(distributionColumns(columns).map((c) => c.key)).toEqual(['cpu', 'ram', 'disk']);
  });

  it('falls back to the first three columns', () => {
    expect(distributionColumns([col('a'), col('b'), col('c'), col('d')]).map((c) => c.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('isPercentColumn', () => {
  it('knows percentages by label or key', () => {
    expect(isPercentColumn(col('x', 'Load %'))).toBe(true);
    expect(isPercentColumn(col('db.ram', 'Database RAM'))).toBe(true);
    expect(isPercentColumn(col('requests', 'Requests/s'))).toBe(false);
  });
});
