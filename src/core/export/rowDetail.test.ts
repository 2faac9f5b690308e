import { describe, expect, it } from 'vitest';
import { detailFromIncidents } from './rowDetail';

describe('detailFromIncidents', () => {
  it('finds the incident holding a row, whatever the order given', () => {
    const detail = detailFromIncidents([
      { id: 'b', startIndex: 10, endIndex: 12, severity: 'low', topMetrics: [] },
      { id: 'a', startIndex: 2, endIndex: 4, severity: 'high', topMetrics: [{ key: 'cpu', share: 1 }] },
    ]);
    expect([0, 2, 4, 5, 10, 12, 13].map((row) => detail(row).incident)).toEqual([null, 'a', 'a', null, 'b', 'b', null]);
    expect(detail(3)).toEqual({ incident: 'a', severity: 'high', topMetrics: [{ key: 'cpu', share: 1 }] });
    expect(detail(7)).toEqual({ incident: null, severity: null, topMetrics: [] });
  });
});
