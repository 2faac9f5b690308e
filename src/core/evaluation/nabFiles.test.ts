import { describe, expect, it } from 'vitest';
import { nabWindowsOf, parseNabCsv } from './nabFiles';

describe('parseNabCsv', () => {
  it('reads times as UTC and every other column as numbers', () => {
    const table = parseNabCsv('timestamp,value,anomaly_score\r\n2014-02-14 14:30:00,0.132,0.5\r\n2014-02-14 14:35:00,,1\r\n');
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2014, 1, 14, 14, 30), Date.UTC(2014, 1, 14, 14, 35)]);
    expect(Array.from(table.columns.value)).toEqual([0.132, NaN]);
    expect(Array.from(table.columns.anomaly_score)).toEqual([0.5, 1]);
  });

  it('rejects a file without timestamps', () => {
    expect(() => parseNabCsv('value\n1\n')).toThrow(RangeError);
    expect(() => parseNabCsv('timestamp,value\nyesterday,1\n')).toThrow(RangeError);
  });
});

describe('nabWindowsOf', () => {
  const json = { 'realAWSCloudwatch/a.csv': [['2014-02-19 10:50:00.000000', '2014-02-20 03:30:00.000000']] };

  it('turns one file\'s windows into timestamps', () => {
    expect(nabWindowsOf(json, 'realAWSCloudwatch/a.csv')).toEqual([[Date.UTC(2014, 1, 19, 10, 50), Date.UTC(2014, 1, 20, 3, 30)]]);
  });

  it('rejects a missing entry and a window that ends before it starts', () => {
    expect(() => nabWindowsOf(json, 'b.csv')).toThrow(RangeError);
    expect(() => nabWindowsOf({ a: [['2014-02-20 00:00:00', '2014-02-19 00:00:00']] }, 'a')).toThrow(RangeError);
  });
});
