import { describe, expect, it } from 'vitest';
import type { Incident } from '../../core/detection/incidents';
import { nextSort, sortIncidents } from './incidentSort';

const incident = (id: number, start: number, durationMs: number, peakScore: number, severity: Incident['severity']): Incident => ({
  id, startRow: 0, endRow: 0, start, end: start + durationMs, durationMs, flaggedRows: 1, peakScore, peakRow: 0, meanScore: peakScore, severity, topMetrics: [],
});

describe('sortIncidents', () => {
  const list = [incident(1, 100, 50, 2, 'low'), incident(2, 200, 10, 9, 'high'), incident(3, 300, 90, 1, 'critical')];

  it('orders by each column, severity first by rank then by peak', () => {
    expect(sortIncidents(list, { key: 'start', descending: false }).map((i) => i.id)).toEqual([1, 2, 3]);
    expect(sortIncidents(list, { key: 'duration', descending: true }).map((i) => i.id)).toEqual([3, 1, 2]);
    expect(sortIncidents(list, { key: 'peak', descending: true }).map((i) => i.id)).toEqual([2, 1, 3]);
    expect(sortIncidents(list, { key: 'severity', descending: true }).map((i) => i.id)).toEqual([3, 2, 1]);
  });

  it('flips the sorted column and starts others at their telling end', () => {
    expect(nextSort({ key: 'peak', descending: true }, 'peak')).toEqual({ key: 'peak', descending: false });
    expect(nextSort({ key: 'peak', descending: true }, 'start')).toEqual({ key: 'start', descending: false });
    expect(nextSort({ key: 'start', descending: false }, 'duration')).toEqual({ key: 'duration', descending: true });
  });
});
