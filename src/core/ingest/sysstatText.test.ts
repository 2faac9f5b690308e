import { describe, expect, it } from 'vitest';
import { columnsOf, importText } from './fixtures/readFixture';
import { importError } from './testing';
import { VMSTAT_SAMPLE } from './toolSamples';

// Written from the sar and iostat manual pages (vmstat's sample is shared with the E2E files): aligned columns, times in a row or line.
const SAR = [
  'Linux 5.15.0-91-generic (web-1) \t01/16/2024 \t_x86_64_\t(4 CPU)',
  '',
  '11:50:01 PM     CPU     %user     %nice   %system   %iowait    %steal     %idle',
  '11:50:01 PM     all      2.50      0.00      0.75      0.25      0.00     96.50',
  '12:00:01 AM     all      3.50      0.00      1.25      0.50      0.00     94.75',
  '12:10:01 AM     all      4.00      0.00      1.00      0.00      0.00     95.00',
  'Average:        all      3.33      0.00      1.00      0.25      0.00     95.42',
  '',
].join('\n');

const IOSTAT = [
  'Linux 5.15.0-91-generic (web-1) \t16/01/24 \t_x86_64_\t(4 CPU)',
  '',
  '16/01/24 10:00:00',
  'avg-cpu:  %user   %nice %system %iowait  %steal   %idle',
  '           2.00    0.00    0.50    0.25    0.00   97.25',
  '',
  'Device            r/s     rkB/s   w/s     wkB/s  %util',
  'sda              0.50     12.00  1.25     20.00   0.75',
  'sdb              0.00      0.00  0.00      0.00   0.00',
  '',
  '16/01/24 10:01:00',
  'avg-cpu:  %user   %nice %system %iowait  %steal   %idle',
  '           3.00    0.00    0.75    0.50    0.00   95.75',
  '',
  'Device            r/s     rkB/s   w/s     wkB/s  %util',
  'sda              1.50     24.00  2.25     40.00   1.25',
  'sdb              0.00      0.00  0.00      0.00   0.00',
  '',
].join('\n');

describe('vmstat -t', () => {
  it('skips repeated headers and reads the timestamp column in the zone the header names', () => {
    const { preview, table } = importText(VMSTAT_SAMPLE, 'vmstat.txt');
    expect(preview.mapping.format).toBe('sysstat-text');
    expect(preview.mapping.valueColumns.slice(0, 4)).toEqual(['r', 'b', 'swpd', 'free']);
    expect(preview.notes.join(' ')).toMatch(/times are in CET \(UTC\+01:00\)/);
    expect(Array.from(table.timestamps)).toEqual([0, 1, 2].map((m) => Date.UTC(2024, 0, 16, 10, m)));
    expect(columnsOf(table).free).toEqual([783012, 782900, 782800]);
  });

  it('asks for -t when the rows carry no time', () => {
    const plain = VMSTAT_SAMPLE.replace(/ -----timestamp-----/g, '').replace(/ +CET/g, '').replace(/ 2024-01-16 11:0\d:00/g, '');
    expect(importError(() => importText(plain, 'vmstat.txt')).message).toBe(
      'vmstat.txt, line 3: this looks like vmstat output, but its rows have no timestamp; run vmstat with -t (e.g. `vmstat -t 60`) so each row carries its time.',
    );
  });
});

describe('sar text', () => {
  it('takes the date from the banner, 12-hour clocks past midnight into the next day, and skips Average:', () => {
    const { preview, table } = importText(SAR, 'sar.txt');
    expect(preview.mapping.valueColumns).toEqual(['%user', '%nice', '%system', '%iowait', '%steal', '%idle']);
    expect(preview.notes.join(' ')).toMatch(/sar writes no zone, so times are read as UTC/);
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2024, 0, 16, 23, 50, 1), Date.UTC(2024, 0, 17, 0, 0, 1), Date.UTC(2024, 0, 17, 0, 10, 1)]);
    expect(columnsOf(table)['%user']).toEqual([2.5, 3.5, 4]);
  });

  it('labels per-CPU rows (sar -P ALL) and reads 24-hour clocks', () => {
    const text = [
      'Linux 6.1.0 (db-1) \t2024-01-16 \t_x86_64_\t(2 CPU)',
      '',
      '10:00:01        CPU     %user     %idle',
      '10:10:01        all      2.00     98.00',
      '10:10:01          0      3.00     97.00',
      '',
    ].join('\n');
    const { table } = importText(text, 'sar-p.txt');
    expect(columnsOf(table)).toEqual({ '%user': [2], '%idle': [98], '%user{cpu="0"}': [3], '%idle{cpu="0"}': [97] });
  });
});

describe('iostat -x -t', () => {
  it('reads the time line before each report, CPU shares and one labelled series per device', () => {
    const { preview, table } = importText(IOSTAT, 'iostat.txt');
    expect(preview.mapping.format).toBe('sysstat-text');
    expect(preview.mapping.valueColumns).toContain('%iowait');
    expect(preview.mapping.valueColumns).toContain('r/s{device="sda"}');
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2024, 0, 16, 10), Date.UTC(2024, 0, 16, 10, 1)]);
    expect(columnsOf(table)['%util{device="sda"}']).toEqual([0.75, 1.25]);
  });

  it('honours the offset of ISO time lines (S_TIME_FORMAT=ISO)', () => {
    const iso = IOSTAT.replace('16/01/24 10:00:00', '2024-01-16T15:30:00+0530').replace('16/01/24 10:01:00', '2024-01-16T15:31:00+0530');
    const { preview, table } = importText(iso, 'iostat-iso.txt');
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2024, 0, 16, 10), Date.UTC(2024, 0, 16, 10, 1)]);
    expect(preview.notes.join(' ')).toMatch(/times carry their offset/);
  });

  it('asks for -t when the reports carry no time', () => {
    const plain = IOSTAT.replace(/\n16\/01\/24 10:0\d:00/g, '');
    expect(importError(() => importText(plain, 'iostat.txt')).message).toMatch(/^iostat\.txt, line 4: this looks like iostat output, but its reports carry no time; run iostat with -t/);
  });
});
