import { describe, expect, it } from 'vitest';
import type { EventSpan } from './events';
import { incidentFigures, matchedEventTypes, matchIncidents } from './incidentMatch';

const rows = (startRow: number, endRow: number) => ({ startRow, endRow });
const event = (type: EventSpan['type'], startIndex: number, endIndex: number): EventSpan => ({ type, startIndex, endIndex });
/** One row an hour, so 24 rows are one day. */
const hourly = (count: number) => Float64Array.from({ length: count }, (_, i) => i * 3_600_000);

describe('matchIncidents', () => {
  const events = [event('Memory Leak', 10, 19), event('Unexpected Spike', 30, 34)];

  it('gives nothing to match without incidents, and null for every incident without events', () => {
    expect(matchIncidents([], events)).toEqual([]);
    expect(matchIncidents([rows(0, 5), rows(10, 12)], [])).toEqual([null, null]);
  });

  it('names the type of the event each incident matches, null for a false alarm', () => {
    expect(matchedEventTypes([rows(5, 10), rows(35, 40), rows(31, 31)], events)).toEqual(['Memory Leak', null, 'Unexpected Spike']);
  });

  it('matches an incident that touches an event by one row at either end', () => {
    expect(matchIncidents([rows(5, 10), rows(19, 25), rows(20, 29), rows(35, 40)], events)).toEqual([0, 0, null, null]);
  });

  it('picks the event sharing the most rows, the earliest on a tie', () => {
    // Rows 18–31 share 2 rows with the leak and 2 with the spike; rows 17–34 share 3 and 5.
    expect(matchIncidents([rows(18, 31)], events)).toEqual([0]);
    expect(matchIncidents([rows(17, 34)], events)).toEqual([1]);
  });

  it('does not need the events or the incidents sorted', () => {
    const unsorted = [event('Unexpected Spike', 30, 34), event('Disk Fill', 50, 60), event('Memory Leak', 10, 19)];
    expect(matchIncidents([rows(52, 53), rows(12, 14), rows(40, 45), rows(31, 31)], unsorted)).toEqual([1, 2, null, 0]);
  });

  it('keeps a long event in view past the short ones inside it', () => {
    const nested = [event('Unexpected Spike', 40, 42), event('Memory Leak', 0, 62), event('Disk Fill', 60, 65)];
    // Row 41 ties the spike and the leak at one row: the leak started first. Rows 61–64 share 2 rows with the leak, 4 with the disk.
    expect(matchIncidents([rows(5, 6), rows(41, 41), rows(55, 58), rows(61, 64), rows(90, 120)], nested)).toEqual([1, 1, 1, 2, null]);
  });
});

describe('incidentFigures', () => {
  const events = [event('Memory Leak', 10, 19)];

  it('is null precision and no false alarms without incidents', () => {
    expect(incidentFigures([], events, hourly(49))).toEqual({ incidents: 0, incident_precision: null, false_alarms_per_day: 0 });
  });

  it('counts every incident as a false alarm without events', () => {
    expect(incidentFigures([rows(1, 2), rows(30, 31)], [], hourly(49))).toEqual({ incidents: 2, incident_precision: 0, false_alarms_per_day: 1 });
  });

  it('divides the false alarms by the days of the scored span when given', () => {
    const incidents = [rows(12, 13), rows(25, 26), rows(40, 41), rows(45, 46)];
    // Three false alarms over 48 hours of rows, or over the 12 hours from row 24 to row 36.
    expect(incidentFigures(incidents, events, hourly(49))).toMatchObject({ incidents: 4, incident_precision: 0.25, false_alarms_per_day: 1.5 });
    expect(incidentFigures(incidents, events, hourly(49), { first: 24, last: 36 }).false_alarms_per_day).toBeCloseTo(6, 12);
  });

  it('is null false alarms per day when the span lasts no time', () => {
    expect(incidentFigures([rows(0, 0)], [], hourly(1)).false_alarms_per_day).toBeNull();
    expect(incidentFigures([], [], new Float64Array(0)).false_alarms_per_day).toBeNull();
    expect(incidentFigures([rows(3, 3)], [], hourly(10), { first: 3, last: 3 }).false_alarms_per_day).toBeNull();
  });
});
