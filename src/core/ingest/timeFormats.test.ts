import { describe, expect, it } from 'vitest';
import { describeTimeFormat, detectTimeFormat, epochFormatOf, looksLikeTimeName, TimeReader } from './timeFormats';

const JAN_1 = Date.UTC(2024, 0, 1);

describe('TimeReader', () => {
  it('reads YYYY-MM-DD HH:MM:SS as UTC, caching the day across rows', () => {
    const reader = new TimeReader('datetime');
    expect(reader.readCell('2024-01-01 00:00:30')).toBe(JAN_1 + 30_000);
    expect(reader.readCell('2024-01-01 23:59:59')).toBe(JAN_1 + 86_399_000);
    expect(reader.readCell('2024-01-02 00:00:00')).toBe(JAN_1 + 86_400_000);
  });

  it.each([
    ['2024-01-01T00:00:00Z', JAN_1],
    ['2024-01-01T00:00:00.250Z', JAN_1 + 250],
    ['2024-01-01T01:00:00+01:00', JAN_1],
    ['2024-01-01T00:00:00-0130', JAN_1 + 90 * 60_000],
    ['2024-01-01T00:00:00', JAN_1],
    ['2024-01-01', JAN_1],
    ['2024-01-01T00:00', JAN_1],
  ])('reads ISO 8601 %s', (cell, ms) => expect(new TimeReader('iso').readCell(cell)).toBe(ms));

  it('reads epoch seconds (fractions too) and milliseconds', () => {
    expect(new TimeReader('epoch-s').readCell('1704067200')).toBe(JAN_1);
    expect(new TimeReader('epoch-s').readCell('1704067200.5')).toBe(JAN_1 + 500);
    expect(new TimeReader('epoch-ms').readCell('1704067200000')).toBe(JAN_1);
  });

  it('rejects impossible dates and times', () => {
    const reader = new TimeReader('datetime');
    for (const cell of ['2024-02-30 00:00:00', '2024-01-01 24:00:00', '2024-01-01 00:60:00', 'yesterday', '']) {
      expect(reader.readCell(cell)).toBeNaN();
    }
  });

  it('keeps refusing an impossible day it has seen, and reads the next real day', () => {
    const reader = new TimeReader('iso');
    expect(reader.readCell('2024-02-30T00:00:00Z')).toBeNaN();
    expect(reader.readCell('2024-02-30T00:00:30Z')).toBeNaN();
    expect(reader.readCell('2024-03-01T00:00:30Z')).toBe(Date.UTC(2024, 2, 1, 0, 0, 30));
    expect(reader.readCell('2024-03-01T00:01:00Z')).toBe(Date.UTC(2024, 2, 1, 0, 1));
  });

  it('still reads a cell written in another supported form than the chosen one', () => {
    expect(new TimeReader('datetime').readCell('1704067200')).toBe(JAN_1);
    expect(new TimeReader('epoch-s').readCell('2024-01-01 00:00:00')).toBe(JAN_1);
  });

  it('with no format decides per cell', () => {
    const reader = new TimeReader(null);
    expect(reader.readCell('2024-01-01 00:00:00')).toBe(JAN_1);
    expect(reader.readCell('1704067200')).toBe(JAN_1);
    expect(reader.readCell('1704067200000')).toBe(JAN_1);
    expect(reader.readCell('42')).toBeNaN();
  });
});

describe('detectTimeFormat', () => {
  it.each([
    [['2024-01-01 00:00:00', '2024-01-01 00:05:00'], 'datetime'],
    [['2024-01-01T00:00:00Z', '2024-01-01T00:05:00Z'], 'iso'],
    [['2024-01-01T00:00:00', '2024-01-01T00:05:00'], 'iso'],
    [['1704067200', '1704067260'], 'epoch-s'],
    [['1704067200000', '1704067260000'], 'epoch-ms'],
    [['12.5', '13'], null],
    [['web-1', 'web-2'], null],
    [['', ''], null],
  ])('%j -> %s', (samples, format) => expect(detectTimeFormat(samples)).toBe(format));

  it('tolerates one bad cell in many', () => {
    const cells = Array.from({ length: 9 }, (_, i) => `2024-01-01 00:0${i}:00`);
    expect(detectTimeFormat([...cells, 'oops'])).toBe('datetime');
  });

  it('decides epochs by magnitude', () => {
    expect(epochFormatOf(1.7e9)).toBe('epoch-s');
    expect(epochFormatOf(1.7e12)).toBe('epoch-ms');
    expect(epochFormatOf(1.7e6)).toBeNull();
  });

  it('knows time-like column names and describes formats for notes', () => {
    expect(['timestamp', 'Time', 'date', 'ts', 'epoch', 'event_time'].every(looksLikeTimeName)).toBe(true);
    expect(['value', 'cpu', 'status'].some(looksLikeTimeName)).toBe(false);
    expect(describeTimeFormat('iso', ['2024-01-01T00:00:00Z'])).toBe('ISO 8601 with a time zone');
    expect(describeTimeFormat('iso', ['2024-01-01T00:00:00'])).toBe('ISO 8601 without a zone, read as UTC');
    expect(describeTimeFormat('datetime')).toBe('YYYY-MM-DD HH:MM:SS, read as UTC');
  });
});
