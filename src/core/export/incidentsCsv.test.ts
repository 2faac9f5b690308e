import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { incidentsCsv, type IncidentCsvRow } from './incidentsCsv';

const T0 = Date.UTC(2024, 0, 1);
const parse = (parts: string[]) => Papa.parse<string[]>(parts.join(''), { skipEmptyLines: true }).data;

const incident: IncidentCsvRow = {
  id: 1,
  start: T0,
  end: T0 + 9 * 60_000,
  peakScore: Math.fround(0.8),
  meanScore: 0.1 + 0.2,
  severity: 'critical',
  topMetrics: [{ key: 'db.cpu', share: 0.62 }, { key: 'web.cpu', share: 0.2 }],
};

describe('incidentsCsv', () => {
  it('writes one row per incident with duration, scores, severity and shares; end − start is the duration', () => {
    // Flagged rows 00:00 … 00:09 at one a minute: the last row's minute ends at 00:10.
    expect(parse(incidentsCsv([incident], { intervalMs: 60_000 }))).toEqual([
      ['incident', 'start', 'end', 'duration_s', 'peak_score', 'mean_score', 'severity', 'top_metrics'],
      ['1', '2024-01-01T00:00:00Z', '2024-01-01T00:10:00Z', '600', '0.8', '0.3', 'critical', 'db.cpu 62%; web.cpu 20%'],
    ]);
  });

  it('adds the ground-truth columns when an incident has them, empty for the others', () => {
    const rows = parse(incidentsCsv([{ ...incident, truth: { overlap: 2 / 3, type: 'Memory Leak' } }, { ...incident, id: 2, truth: { overlap: 0, type: null } }, { ...incident, id: 3 }]));
    expect(rows[0].slice(-2)).toEqual(['truth_overlap', 'truth_type']);
    expect(rows.slice(1).map((row) => row.slice(-2))).toEqual([['0.6667', 'Memory Leak'], ['0', ''], ['', '']]);
    expect(rows[1][3]).toBe('540');
  });

  it('adds the labelled event column when the dataset has events, empty for a false alarm', () => {
    const rows = parse(incidentsCsv([{ ...incident, labelledEvent: 'Memory Leak' }, { ...incident, id: 2, labelledEvent: null }, { ...incident, id: 3 }], { labelledEvents: true }));
    expect(rows[0].at(-1)).toBe('labelled_event');
    expect(rows.slice(1).map((row) => [row[0], row.at(-1)])).toEqual([['1', 'Memory Leak'], ['2', ''], ['3', '']]);
    expect(parse(incidentsCsv([{ ...incident, labelledEvent: 'Memory Leak' }]))[0]).not.toContain('labelled_event');
  });

  it('writes the labelled event after the ground-truth columns', () => {
    const rows = parse(incidentsCsv([{ ...incident, truth: { overlap: 1, type: 'Disk Fill' }, labelledEvent: 'Disk Fill' }], { labelledEvents: true }));
    expect(rows[0].slice(-3)).toEqual(['truth_overlap', 'truth_type', 'labelled_event']);
    expect(rows[1].slice(-3)).toEqual(['1', 'Disk Fill', 'Disk Fill']);
    expect(incidentsCsv([], { labelledEvents: true }).join('')).toBe('incident,start,end,duration_s,peak_score,mean_score,severity,top_metrics,labelled_event\r\n');
  });

  it('neutralises text cells and quotes what needs quoting', () => {
    const text = incidentsCsv([{ ...incident, id: '=1+1', severity: 'high, "really"', topMetrics: [{ key: '-x', share: 1 }] }]).join('');
    expect(text.split('\r\n')[1]).toBe(`"'=1+1",2024-01-01T00:00:00Z,2024-01-01T00:09:00Z,540,0.8,0.3,"high, ""really""","'-x 100%"`);
  });

  it('writes only the header for no incidents', () => {
    expect(incidentsCsv([]).join('')).toBe('incident,start,end,duration_s,peak_score,mean_score,severity,top_metrics\r\n');
  });
});
