import { describe, expect, it } from 'vitest';
import { columnsOf, importText, parseText } from './fixtures/readFixture';
import { importError } from './testing';

// Written from the sadf manual page: -d prints a `# hostname;interval;timestamp;...` header, UTC times.
const CPU = [
  '# hostname;interval;timestamp;CPU;%user;%nice;%system;%iowait;%steal;%idle',
  'web-1;600;2024-01-16 10:10:01 UTC;-1;2.51;0.00;0.84;0.25;0.00;96.55',
  'web-1;600;2024-01-16 10:20:01 UTC;-1;3.02;0.00;0.91;;0.00;96.00',
  'web-1;-1;2024-01-16 10:25:00 UTC;LINUX-RESTART\t(4 CPU)',
  'web-1;600;2024-01-16 10:30:01 UTC;-1;2.75;0.00;0.88;0.5;0.00;96.25',
  '',
].join('\n');

describe('sysstat sadf -d', () => {
  it('reads the comment-looking header; hostname, interval, timestamp and CPU -1 are no metrics', () => {
    const { preview, table } = importText(CPU, 'sa16.csv');
    expect(preview.mapping.format).toBe('sadf');
    expect(preview.mapping.valueColumns).toEqual(['%user', '%nice', '%system', '%iowait', '%steal', '%idle']);
    expect(preview.columns.map((c) => c.name)).not.toContain('interval');
    expect(preview.notes.join(' ')).toMatch(/Times are in UTC/);
    expect(preview.notes.join(' ')).toMatch(/LINUX-RESTART/);
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2024, 0, 16, 10, 10, 1), Date.UTC(2024, 0, 16, 10, 20, 1), Date.UTC(2024, 0, 16, 10, 30, 1)]);
    expect(columnsOf(table)['%iowait']).toEqual([0.25, NaN, 0.5]);
    expect(table.rowsRead).toBe(3);
  });

  it('labels per-CPU rows and keeps one host of several when asked', () => {
    const text = [
      '# hostname;interval;timestamp;CPU;%user;%idle',
      'web-1;60;2024-01-16 10:01:00;-1;2;98',
      'web-1;60;2024-01-16 10:01:00;0;3;97',
      'db-1;60;2024-01-16 10:01:00;-1;20;80',
      'db-1;60;2024-01-16 10:01:00;0;30;70',
      '',
    ].join('\n');
    const { preview, table } = importText(text, 'all.csv');
    expect(preview.hosts).toEqual(['web-1', 'db-1']);
    expect(preview.notes.join(' ')).toMatch(/no zone \(sadf -T\): read as UTC/);
    expect(Object.keys(columnsOf(table))).toEqual([
      '%user{host="web-1"}', '%idle{host="web-1"}', '%user{cpu="0",host="web-1"}', '%idle{cpu="0",host="web-1"}',
      '%user{host="db-1"}', '%idle{host="db-1"}', '%user{cpu="0",host="db-1"}', '%idle{cpu="0",host="db-1"}',
    ]);
    const db = parseText(text, { ...preview.mapping, host: 'db-1' }, 'all.csv');
    expect(columnsOf(db)).toEqual({ '%user': [20], '%idle': [80], '%user{cpu="0"}': [30], '%idle{cpu="0"}': [70] });
  });

  it('honours a zone other than UTC and names an unknown one', () => {
    const text = ['# hostname;interval;timestamp;kbmemfree;kbmemused', 'web-1;60;2024-01-16 11:00:00 CET;100;200', ''].join('\n');
    expect(Array.from(importText(text, 'mem.csv').table.timestamps)).toEqual([Date.UTC(2024, 0, 16, 10)]);
    const odd = text.replace('CET', 'XYZT');
    expect(importError(() => importText(odd, 'odd.csv')).message).toBe(
      'odd.csv, line 2: this looks like sysstat sadf -d output (semicolon-separated), but the time zone "XYZT" is not one this app knows (write times in UTC, the sadf default).',
    );
  });

  it('skips a row with an unreadable cell whole, naming the line and the cell', () => {
    const text = ['# hostname;interval;timestamp;kbmemfree;kbmemused', 'web-1;60;2024-01-16 10:00:00 UTC;100;200', 'web-1;60;2024-01-16 10:01:00 UTC;101;oops', 'web-1;60;2024-01-16 10:02:00 UTC;102;202', ''].join('\n');
    const { table } = importText(text, 'bad.csv');
    expect(columnsOf(table)).toEqual({ kbmemfree: [100, 102], kbmemused: [200, 202] });
    expect(table.skipped).toEqual({ count: 1, examples: [{ line: 3, reason: '"oops" in kbmemused is not a number' }] });
  });
});

