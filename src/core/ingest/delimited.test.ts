import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../shared/ingest';
import { columnsOf, fixture, importText, parseText } from './fixtures/readFixture';

const JAN_1 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

function wide(overrides: Partial<ImportMapping>): ImportMapping {
  return {
    format: 'delimited', compressed: false, delimiter: ',', timeColumn: 'timestamp', timeFormat: 'datetime', valueColumns: ['cpu', 'ram'],
    long: null, labelColumn: null, intervalSeconds: null, startTime: null, ...overrides,
  };
}

describe('delimited rows: the exports people bring', () => {
  it('CSV with ISO 8601 times and a zone, quoted header and empty cells (Grafana)', () => {
    const { table } = importText(fixture('grafana_iso_zone.csv'), 'grafana.csv');
    expect(Array.from(table.timestamps)).toEqual([0, 1, 2, 3].map((m) => Date.UTC(2024, 2, 10, 8, m)));
    expect(columnsOf(table)).toEqual({ 'cpu {host="web-1"}': [12.5, 13, NaN, 14.25], mem_used: [2048, 2050.5, 2051, 2052] });
    expect(table.skipped.count).toBe(0);
  });

  it('CSV with YYYY-MM-DD HH:MM:SS read as UTC (NAB timestamp,value)', () => {
    const { table } = importText(fixture('nab_datetime.csv'), 'nab.csv');
    expect(table.timestamps[0]).toBe(Date.UTC(2014, 1, 14, 14, 30));
    expect(table.timestamps[5] - table.timestamps[0]).toBe(25 * MINUTE);
    expect(Array.from(table.columns[0].values)).toEqual([0.132, 0.134, 0.134, 0.134, 0.134, 0.132].map(Math.fround));
  });

  it('epoch seconds and epoch milliseconds', () => {
    const seconds = importText(fixture('epoch_seconds.csv'), 's.csv').table;
    expect(Array.from(seconds.timestamps)).toEqual([0, 1, 2, 3].map((m) => JAN_1 + m * MINUTE));
    expect(columnsOf(seconds)).toEqual({ requests: [120, 131, 128, 140], errors: [0, 1, 0, 2] });
    const ms = importText(fixture('epoch_ms.csv'), 'ms.csv').table;
    expect(Array.from(ms.timestamps)).toEqual([0, 15, 30, 45].map((s) => JAN_1 + s * 1000));
  });

  it('TSV (CloudWatch) and semicolons with decimal commas', () => {
    const tsv = importText(fixture('cloudwatch.tsv'), 'cw.tsv').table;
    expect(columnsOf(tsv)).toEqual({ CPUUtilization: [5.2, 5.9, 61.3].map(Math.fround), NetworkIn: [1048576, 1049000, 998000] });
    const semicolon = importText(fixture('semicolon.csv'), 'de.csv').table;
    expect(columnsOf(semicolon)).toEqual({ CPU: [12.5, 13.25, 14], Speicher: [40, 41, 42.5] });
  });

  it('pipes', () => {
    const { preview, table } = importText('time|load\n2024-01-01 00:00:00|1.5\n2024-01-01 00:01:00|2\n', 'p.txt');
    expect(preview.mapping.delimiter).toBe('|');
    expect(columnsOf(table)).toEqual({ load: [1.5, 2] });
  });

  it('pivots a long table (time, series, value) to one column per series', () => {
    const { table } = importText(fixture('prometheus_long.csv'), 'prom.csv');
    expect(Array.from(table.timestamps)).toEqual([0, 15_000, 30_000].map((ms) => JAN_1 + ms));
    expect(columnsOf(table)).toEqual({
      node_cpu: [0.25, 0.27, 0.31].map(Math.fround),
      node_mem: [0.61, 0.62, NaN].map(Math.fround),
      node_disk: [0.4, 0.4, 0.41].map(Math.fround),
    });
  });

  it('reads a 0/1 label column', () => {
    const { table } = importText(fixture('labelled.csv'), 'l.csv');
    expect(Array.from(table.labels!)).toEqual([0, 0, 1, 0]);
    expect(table.columns.map((c) => c.name)).toEqual(['value']);
  });

  it('numbers headerless rows col1..colN and times them from the interval and start', () => {
    const { table } = importText(fixture('smd_headerless.txt'), 'machine.txt');
    expect(table.columns).toHaveLength(38);
    expect(table.columns[37].name).toBe('col38');
    expect(Array.from(table.timestamps)).toEqual([0, 1, 2, 3, 4, 5].map((i) => JAN_1 + i * MINUTE));
    const spaced = parseText(fixture('smd_headerless.txt'), { ...importText(fixture('smd_headerless.txt'), 'm.txt').preview.mapping, intervalSeconds: 300, startTime: 0 });
    expect(spaced.timestamps[2]).toBe(600_000);
  });
});

describe('delimited rows: bad rows are skipped and counted, good ones kept', () => {
  it('skips unparseable numbers, short rows and unreadable times, with line numbers; empty cells are NaN', () => {
    const { table } = importText(fixture('bad_rows.csv'), 'bad.csv');
    expect(columnsOf(table)).toEqual({ cpu: [10, NaN, 15], ram: [20, 24, 25] });
    expect(table.rowsRead).toBe(6);
    expect(table.skipped).toEqual({
      count: 3,
      examples: [
        { line: 3, reason: '"abc" in column cpu is not a number' },
        { line: 4, reason: 'the row has 2 fields but the header has 3' },
        { line: 5, reason: '"not a time" in column timestamp is not a time' },
      ],
    });
  });

  it('keeps only the first five examples but counts every skipped row', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `2024-01-01 00:${String(i).padStart(2, '0')}:00,${i % 2 ? 'x' : i},1`);
    const table = parseText(`timestamp,cpu,ram\n${rows.join('\n')}`, wide({}));
    expect(table.skipped.count).toBe(10);
    expect(table.skipped.examples.map((e) => e.line)).toEqual([3, 5, 7, 9, 11]);
  });

  it('fails when most rows have another number of fields than the header', () => {
    expect(() => parseText(fixture('inconsistent.csv'), wide({}), 'inconsistent.csv')).toThrow(
      "inconsistent.csv, line 3: most rows (4 of 5) do not have the header's number of fields; is the delimiter right?",
    );
  });

  it('accepts a trailing delimiter and ignores comment and blank lines', () => {
    const table = parseText('# exported\ntimestamp,cpu,ram\n\n2024-01-01 00:00:00,1,2,\n# note\n2024-01-01 00:01:00,3,4\n', wide({}));
    expect(columnsOf(table)).toEqual({ cpu: [1, 3], ram: [2, 4] });
    expect(table.rowsRead).toBe(2);
  });

  it('explains when every row is bad, quoting the first reason', () => {
    expect(() => parseText('timestamp,cpu,ram\n2024-01-01 00:00:00,x,1\n2024-01-01 00:01:00,y,1\n', wide({}), 'all-bad.csv')).toThrow(
      'all-bad.csv, line 2: none of the 2 data rows could be read: "x" in column cpu is not a number.',
    );
  });

  it('says so when a file holds a header and nothing else', () => {
    expect(() => parseText('timestamp,cpu,ram\n', wide({}), 'h.csv')).toThrow('h.csv: the file has no data rows (it is empty, or holds only a header or comments).');
  });
});

describe('delimited rows: quoting', () => {
  it('reads quoted fields with delimiters, escaped quotes and line breaks inside, keeping line numbers', () => {
    const text = [
      'timestamp,host,cpu,ram',
      '"2024-01-01 00:00:00","web, eu",1,2',
      '2024-01-01 00:01:00,"say ""hi""",3,4',
      '2024-01-01 00:02:00,"two',
      'lines",5,6',
      '2024-01-01 00:03:00,x,abc,8',
    ].join('\n');
    const table = parseText(text, wide({}));
    expect(columnsOf(table)).toEqual({ cpu: [1, 3, 5], ram: [2, 4, 6] });
    expect(table.skipped.examples).toEqual([{ line: 6, reason: '"abc" in column cpu is not a number' }]);
  });

  it('reports a quote that never closes', () => {
    const table = parseText('timestamp,cpu,ram\n2024-01-01 00:00:00,1,2\n2024-01-01 00:01:00,"3,4\n', wide({}));
    expect(table.timestamps.length).toBe(1);
    expect(table.skipped.examples).toEqual([{ line: 3, reason: 'a quoted field is not closed before the end of the file' }]);
  });
});

describe('delimited rows: an edited mapping is honoured', () => {
  const text = 'start,end,cpu,ram,disk\n2024-01-01 00:00:00,2024-01-01 00:00:30,1,2,3\n2024-01-01 00:01:00,2024-01-01 00:01:30,4,5,6\n';

  it('an unticked column is left out, and columns come in the mapping order', () => {
    const table = parseText(text, wide({ timeColumn: 'start', valueColumns: ['disk', 'cpu'] }));
    expect(columnsOf(table)).toEqual({ disk: [3, 6], cpu: [1, 4] });
  });

  it('another time column is used', () => {
    const table = parseText(text, wide({ timeColumn: 'end', valueColumns: ['cpu'] }));
    expect(Array.from(table.timestamps)).toEqual([JAN_1 + 30_000, JAN_1 + 90_000]);
  });

  it('no time column but an interval and start: rows are spaced evenly', () => {
    const table = parseText(text, wide({ timeColumn: null, timeFormat: null, valueColumns: ['ram'], intervalSeconds: 10, startTime: 5000 }));
    expect(Array.from(table.timestamps)).toEqual([5000, 15000]);
  });

  it('a column name the file does not have is an error naming the header line', () => {
    expect(() => parseText(text, wide({ timeColumn: 'start', valueColumns: ['gpu'] }), 'm.csv')).toThrow(
      'm.csv, line 1: the column "gpu" is not in the file (its columns: start, end, cpu, ram, disk).',
    );
  });
});
