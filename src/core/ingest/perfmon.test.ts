import { describe, expect, it } from 'vitest';
import { columnsOf, importText, parseText } from './fixtures/readFixture';
import { importError } from './testing';

// Written from the PDH log format: the first header cell names the zone and its bias (UTC = local + bias minutes).
const UTC = [
  '"(PDH-CSV 4.0) (Coordinated Universal Time)(0)","\\\\WEB-1\\Processor(_Total)\\% Processor Time","\\\\WEB-1\\Memory\\Available MBytes"',
  '"01/16/2024 10:00:00.250"," ","2048"',
  '"01/16/2024 10:00:15.250","12.5","2040"',
  '"01/16/2024 10:00:30.250","14.25","2032"',
  '',
].join('\r\n');

describe('Windows PerfMon / typeperf CSV', () => {
  it('turns counter paths into names, reads MM/DD/YYYY times and blank " " cells as missing', () => {
    const { preview, table } = importText(UTC, 'perf.csv');
    expect(preview.mapping.format).toBe('perfmon');
    expect(preview.mapping.valueColumns).toEqual(['Processor(_Total)\\% Processor Time', 'Memory\\Available MBytes']);
    expect(preview.notes.join(' ')).toMatch(/local to "Coordinated Universal Time" \(UTC/);
    expect(Array.from(table.timestamps)).toEqual([0, 15_000, 30_000].map((ms) => Date.UTC(2024, 0, 16, 10) + 250 + ms));
    expect(columnsOf(table)).toEqual({ 'Processor(_Total)\\% Processor Time': [NaN, 12.5, 14.25], 'Memory\\Available MBytes': [2048, 2040, 2032] });
  });

  it('applies the header bias of a local zone and labels the host when there are several', () => {
    const text = [
      '"(PDH-CSV 4.0) (Eastern Standard Time)(300)","\\\\WEB-1\\Memory\\Available MBytes","\\\\DB-1\\Memory\\Available MBytes"',
      '"01/16/2024 23:59:00.000","100","200"',
      '',
    ].join('\n');
    const { preview, table } = importText(text, 'east.csv');
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2024, 0, 17, 4, 59)]);
    expect(preview.hosts).toEqual(['WEB-1', 'DB-1']);
    expect(preview.notes.join(' ')).toMatch(/UTC-05:00/);
    expect(Object.keys(columnsOf(table))).toEqual(['Memory\\Available MBytes{host="WEB-1"}', 'Memory\\Available MBytes{host="DB-1"}']);
  });

  it('reads the tab-separated twin (PDH-TSV)', () => {
    const text = '"(PDH-TSV 4.0) (Coordinated Universal Time)(0)"\t"\\\\WEB-1\\Memory\\Available MBytes"\n"01/16/2024 10:00:00.000"\t"2048"\n';
    expect(columnsOf(importText(text, 'perf.tsv').table)).toEqual({ 'Memory\\Available MBytes': [2048] });
  });

  it('names the format when the header cell is not a PDH header', () => {
    const text = '"(PDH-CSV 4.0) broken","\\\\WEB-1\\Memory\\Available MBytes"\n"01/16/2024 10:00:00.000","1"\n';
    expect(importError(() => importText(text, 'bad.csv')).message).toBe(
      'bad.csv, line 1: this looks like PerfMon CSV, but its first header cell "(PDH-CSV 4.0) broken" is not "(PDH-CSV 4.0) (zone)(bias)".',
    );
  });

  it('never imports a column that is blank in every row: not ticked, and refused when ticked', () => {
    const text = UTC.replace(/"2048"|"2040"|"2032"/g, '" "');
    const { preview } = importText(text, 'blank.csv');
    expect(preview.mapping.valueColumns).toEqual(['Processor(_Total)\\% Processor Time']);
    expect(preview.notes).toContain('No values in the first part of the file, so not ticked: Memory\\Available MBytes.');
    const all = { ...preview.mapping, valueColumns: ['Processor(_Total)\\% Processor Time', 'Memory\\Available MBytes'] };
    expect(importError(() => parseText(text, all, 'blank.csv')).message).toBe(
      'blank.csv: Windows PerfMon / typeperf CSV: Memory\\Available MBytes has no values in the whole file; untick it to import the rest.',
    );
  });
});
