import { describe, expect, it } from 'vitest';
import { columnsOf, importText, parseText } from './fixtures/readFixture';

const preview = (read: ReturnType<typeof importText>) => read.preview.mapping;

// Spreadsheet and Kibana exports: local date forms, AM/PM, decimal commas, BOM and CRLF, newest first.
describe('spreadsheet exports', () => {
  it('reads DD.MM.YYYY HH:MM with decimal commas, a BOM and CRLF', () => {
    const text = '\uFEFFZeit;CPU;RAM\r\n16.01.2024 10:00;12,5;40\r\n16.01.2024 10:01;13,25;41\r\n16.01.2024 10:02;;42\r\n';
    const { preview, table } = importText(text, 'excel.csv');
    expect(preview.mapping.timeFormat).toBe('dmy');
    expect(preview.notes.join(' ')).toMatch(/DD\/MM\/YYYY, day first, read as UTC/);
    expect(Array.from(table.timestamps)).toEqual([0, 1, 2].map((m) => Date.UTC(2024, 0, 16, 10, m)));
    expect(columnsOf(table)).toEqual({ CPU: [12.5, 13.25, NaN], RAM: [40, 41, 42] });
  });

  it('reads decimal commas in a tab-separated file and in quoted cells of a comma-separated one', () => {
    const tsv = importText('time\tcpu\tload\n16.01.2024 10:00\t3,5\t0,25\n16.01.2024 10:01\t3,75\t1234,5\n', 'excel.tsv');
    expect(preview(tsv).decimalComma).toBe(true);
    expect(tsv.preview.notes).toContain('Numbers are written with decimal commas (12,5) and read as 12.5.');
    expect(columnsOf(tsv.table)).toEqual({ cpu: [3.5, 3.75], load: [0.25, 1234.5] });
    const csv = importText('time,cpu\n2024-01-16 10:00,"3,5"\n2024-01-16 10:01,"40,1"\n', 'quoted.csv');
    expect(columnsOf(csv.table)).toEqual({ cpu: [3.5, expect.closeTo(40.1, 4)] });
  });

  it('keeps 1,234 a thousands separator, and decides per file: one 1,234,567 means none of its commas is decimal', () => {
    const grouped = importText('time,requests\n2024-01-16 10:00,"1,234"\n2024-01-16 10:01,"2,500"\n', 'kibana.csv');
    expect(preview(grouped).decimalComma).toBeUndefined();
    expect(columnsOf(grouped.table)).toEqual({ requests: [1234, 2500] });
    const mixed = importText('time,requests\n2024-01-16 10:00,"1,234,567"\n2024-01-16 10:01,"3,5"\n2024-01-16 10:02,"2,000,000"\n', 'mixed.csv');
    expect(preview(mixed).decimalComma).toBeUndefined();
    // "3,5" is no number there: its row is skipped and reported, never read as 35 or 3.5.
    expect(columnsOf(mixed.table)).toEqual({ requests: [1234567, 2000000] });
  });

  it('asks when no day is above 12, defaults to month first, and reads day first when the user says so', () => {
    const text = 'date,cpu\n01/02/2024 11:00 PM,1\n01/03/2024 11:00 PM,2\n';
    const { preview, table } = importText(text, 'ambiguous.csv');
    expect(preview.mapping.timeFormat).toBe('mdy');
    expect(preview.notes).toContain(
      'No day in the sampled dates is above 12, so they could be either way round: read month first (MM/DD/YYYY); if they are DD/MM/YYYY, change "Time format".',
    );
    expect(Array.from(table.timestamps)).toEqual([Date.UTC(2024, 0, 2, 23), Date.UTC(2024, 0, 3, 23)]);
    const dayFirst = parseText(text, { ...preview.mapping, timeFormat: 'dmy' }, 'ambiguous.csv');
    expect(Array.from(dayFirst.timestamps)).toEqual([Date.UTC(2024, 1, 1, 23), Date.UTC(2024, 2, 1, 23)]);
  });

  it('settles the order when a day is above 12 and asks nothing', () => {
    const { preview } = importText('date,cpu\n13/01/2024,1\n14/01/2024,2\n', 'dmy.csv');
    expect(preview.mapping.timeFormat).toBe('dmy');
    expect(preview.notes.join(' ')).not.toMatch(/either way round/);
  });

  it('does not propose a constant interval or cpu column as a metric', () => {
    const { preview } = importText('timestamp,interval,cpu,load\n2024-01-16 10:00:00,60,-1,0.5\n2024-01-16 10:01:00,60,-1,0.75\n', 'ids.csv');
    expect(preview.mapping.valueColumns).toEqual(['load']);
    expect(preview.notes).toContain('Not proposed as metrics, since each holds one identifying value (tick to import anyway): interval, cpu.');
  });
});

describe('Kibana Discover CSV', () => {
  it('reads "Jan 16, 2024 @ 23:59:00.000" times newest first, dotted names kept, thousands separators', () => {
    const text = [
      '"@timestamp","host.name","system.cpu.total.pct","system.memory.used.pct"',
      '"Jan 16, 2024 @ 23:59:00.000","web-1","0.25","0.5"',
      '"Jan 16, 2024 @ 23:58:00.000","web-1","1,250.75",',
      '"Jan 16, 2024 @ 23:57:00.000","web-1","0.5","0.25"',
      '',
    ].join('\n');
    const { preview, table } = importText(text, 'discover.csv');
    expect(preview.mapping.timeColumn).toBe('@timestamp');
    expect(preview.mapping.timeFormat).toBe('kibana');
    expect(preview.mapping.valueColumns).toEqual(['system.cpu.total.pct', 'system.memory.used.pct']);
    expect(preview.notes.join(' ')).toMatch(/no zone, read as UTC/);
    expect(Array.from(table.timestamps)).toEqual([59, 58, 57].map((m) => Date.UTC(2024, 0, 16, 23, m)));
    expect(columnsOf(table)['system.memory.used.pct']).toEqual([0.5, NaN, 0.25]);
    expect(columnsOf(table)['system.cpu.total.pct']).toEqual([0.25, 1250.75, 0.5]);
  });

  it('splits rows of several hosts into a column per host and metric, or keeps one host', () => {
    const text = [
      '"@timestamp","host.name","system.cpu.total.pct"',
      '"Jan 16, 2024 @ 23:59:00.000","web-1","0.25"',
      '"Jan 16, 2024 @ 23:59:00.000","db-1","0.75"',
      '"Jan 16, 2024 @ 23:58:00.000","web-1","0.5"',
      '"Jan 16, 2024 @ 23:58:00.000","db-1",""',
      '',
    ].join('\n');
    const { preview, table } = importText(text, 'two.csv');
    expect(preview.mapping.hostColumn).toBe('host.name');
    expect(preview.hosts).toEqual(['web-1', 'db-1']);
    expect(preview.mapping.valueColumns).toEqual(['system.cpu.total.pct']);
    expect(Array.from(table.timestamps)).toEqual([59, 58].map((m) => Date.UTC(2024, 0, 16, 23, m)));
    expect(columnsOf(table)).toEqual({ 'system.cpu.total.pct{host.name="web-1"}': [0.25, 0.5], 'system.cpu.total.pct{host.name="db-1"}': [0.75, NaN] });
    expect(columnsOf(parseText(text, { ...preview.mapping, host: 'db-1' }, 'two.csv'))).toEqual({ 'system.cpu.total.pct': [0.75, NaN] });
  });
});
