import { describe, expect, it } from 'vitest';
import { pickTimeField, readTime, rowFromFields } from './liveFields';

const ARRIVAL = Date.UTC(2024, 4, 1, 12);
const fields = (o: Record<string, unknown>) => new Map(Object.entries(o));

describe('rowFromFields', () => {
  it('reads the time field and numeric fields, numeric text and booleans included', () => {
    const row = rowFromFields(fields({ ts: '2024-01-01T00:00:30Z', cpu: 23.5, ram: '41.2', up: true }), ARRIVAL);
    expect(row).toEqual({ timestamp: Date.UTC(2024, 0, 1, 0, 0, 30), values: { cpu: 23.5, ram: 41.2, up: 1 } });
  });

  it('stamps a row without a time field, or with an empty one, with the arrival time', () => {
    expect(rowFromFields(fields({ cpu: 1 }), ARRIVAL)).toEqual({ timestamp: ARRIVAL, values: { cpu: 1 } });
    expect(rowFromFields(fields({ time: null, cpu: 1 }), ARRIVAL)).toEqual({ timestamp: ARRIVAL, values: { cpu: 1 } });
    expect(rowFromFields(fields({ time: '', cpu: 1 }), ARRIVAL)).toMatchObject({ timestamp: ARRIVAL });
  });

  it('keeps missing values as NaN and leaves text fields out', () => {
    const row = rowFromFields(fields({ cpu: null, ram: 'NaN', disk: '', host: 'web-1', tags: [1, 2] }), ARRIVAL);
    expect(row).toEqual({ timestamp: ARRIVAL, values: { cpu: NaN, ram: NaN, disk: NaN } });
  });

  it('explains an unreadable time instead of guessing', () => {
    const row = rowFromFields(fields({ timestamp: 'yesterday', cpu: 1 }), ARRIVAL);
    expect(row).toMatchObject({ name: 'LiveMessageError', kind: 'bad-time', sample: 'yesterday' });
    expect('reason' in row && row.reason).toContain('"yesterday" in field timestamp is not a time');
  });

  it('says so when nothing is numeric', () => {
    const row = rowFromFields(fields({ time: 1_704_067_200, host: 'a', status: 'ok' }), ARRIVAL);
    expect(row).toMatchObject({ kind: 'no-values' });
    expect('reason' in row && row.reason).toContain('host, status');
  });

  it('reads a decimal comma only when asked', () => {
    expect(rowFromFields(fields({ cpu: '12,5' }), ARRIVAL, { decimalComma: true })).toMatchObject({ values: { cpu: 12.5 } });
    expect(rowFromFields(fields({ cpu: '12,5', ram: 1 }), ARRIVAL)).toMatchObject({ values: { ram: 1 } });
  });
});

describe('pickTimeField', () => {
  it('prefers exact time names, in any case, over names that merely contain one', () => {
    expect(pickTimeField(fields({ event_time: '2024-01-01', Timestamp: 5 }))).toBe('Timestamp');
    expect(pickTimeField(fields({ date: 'x', ts: 'y' }))).toBe('date');
    expect(pickTimeField(fields({ '@timestamp': 'x', time: 'y' }))).toBe('@timestamp');
  });

  it('takes a loosely named field only when its value is a time', () => {
    expect(pickTimeField(fields({ response_time: 0.2, cpu: 1 }))).toBeNull();
    expect(pickTimeField(fields({ response_time: 0.2, event_time: 1_704_067_200_000 }))).toBe('event_time');
    expect(pickTimeField(fields({ t: 21.5, cpu: 1 }))).toBeNull();
    expect(pickTimeField(fields({ t: '2024-01-01T00:00:00Z', cpu: 1 }))).toBe('t');
  });
});

describe('readTime', () => {
  it('tells epoch seconds from milliseconds by size and reads date strings as UTC', () => {
    const ms = Date.UTC(2024, 0, 1);
    expect(readTime(ms / 1000)).toBe(ms);
    expect(readTime(ms)).toBe(ms);
    expect(readTime(String(ms / 1000))).toBe(ms);
    expect(readTime('2024-01-01 00:00:00')).toBe(ms);
    expect(readTime('2024-01-01T01:00:00+01:00')).toBe(ms);
    expect(readTime(42)).toBeNaN();
    expect(readTime(true)).toBeNaN();
  });
});
