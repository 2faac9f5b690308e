import { describe, expect, it } from 'vitest';
import { columnsOf, fixture, importText, parseText } from './fixtures/readFixture';
import { matchOriginalLine } from './originalLogRows';

describe('original-log rows', () => {
  it('pivots one metric per line to one row per time, columns named by component for one server', () => {
    const { preview, table } = importText(fixture('original_logs.txt'), 'server_logs.txt');
    expect(preview.mapping).toMatchObject({ format: 'original-log', valueColumns: ['CPU', 'RAM', 'Disk'] });
    expect(preview.notes).toEqual([
      "The original tool's log, one metric per line: pivoted to one row per time (UTC) and one column per component: CPU, RAM, Disk.",
      '1 of the first 10 lines is another kind of message (e.g. debug lines) and will be skipped.',
    ]);
    expect(Array.from(table.timestamps)).toEqual([0, 30_000, 60_000].map((ms) => Date.UTC(2024, 0, 1) + ms));
    expect(columnsOf(table).CPU).toEqual([23.5, 24, 97.25]);
    expect(columnsOf(table).RAM[2]).toBe(93);
    expect(table.rowsRead).toBe(10);
    expect(table.skipped).toEqual({
      count: 1,
      examples: [{ line: 4, reason: 'not a metric line (expected "YYYY-MM-DD HH:MM:SS [server] [component]: ... 23.5%")' }],
    });
  });

  it('names columns server/component when several servers appear', () => {
    const { preview, table } = importText(fixture('original_two_servers.txt'), 'two.txt');
    expect(preview.mapping.valueColumns).toEqual(['web-1/CPU', 'db-1/CPU', 'db-1/RAM']);
    expect(columnsOf(table)).toEqual({ 'web-1/CPU': [10.5, 11], 'db-1/CPU': [60, 61], 'db-1/RAM': [70.25, 70.5] });
  });

  it('honours an edited mapping: a component name keeps it on every server', () => {
    const { preview } = importText(fixture('original_two_servers.txt'), 'two.txt');
    const table = parseText(fixture('original_two_servers.txt'), { ...preview.mapping, valueColumns: ['CPU'] });
    expect(table.columns.map((c) => c.name)).toEqual(['web-1/CPU', 'db-1/CPU']);
    const one = parseText(fixture('original_two_servers.txt'), { ...preview.mapping, valueColumns: ['db-1/RAM'] });
    expect(columnsOf(one)).toEqual({ 'db-1/RAM': [70.25, 70.5] });
  });

  it('reads the number at the end of the line, with or without %', () => {
    expect(matchOriginalLine('2024-01-01 00:00:00 [s] [CPU]: CPU usage at 23.5%')?.value).toBe(23.5);
    expect(matchOriginalLine('2024-01-01 00:00:00 [s] [Disk]: used 7')?.value).toBe(7);
    expect(matchOriginalLine('2024-01-01 00:00:00 [s] [CPU]: no number')?.value).toBeNaN();
    expect(matchOriginalLine('2024-01-01 00:00:00 [s] [DEBUG] started')).toBeNull();
  });
});
