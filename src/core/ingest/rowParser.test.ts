import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { fixture, parseText } from './fixtures/readFixture';
import { createRowParser } from './rowParser';
import { sniffFormat } from './sniff';
import { csvMapping, importError } from './testing';

const FIXTURES = [
  'server_logs.txt', 'original_logs.txt', 'original_two_servers.txt', 'grafana_iso_zone.csv', 'nab_datetime.csv', 'epoch_seconds.csv',
  'epoch_ms.csv', 'cloudwatch.tsv', 'semicolon.csv', 'prometheus_long.csv', 'labelled.csv', 'smd_headerless.txt', 'bad_rows.csv',
  'metrics.jsonl', 'metrics.json',
];

const mappingOf = (text: string, name: string) => sniffFormat(text, name, text.length, false).mapping;

describe('createRowParser: the same table whatever the chunks and line endings', () => {
  it.each(FIXTURES)('%s', (name) => {
    const text = fixture(name);
    const mapping = mappingOf(text, name);
    const whole = parseText(text, mapping, name);
    expect(whole.timestamps.length).toBeGreaterThan(0);
    for (const chunk of [1, 7]) expect(parseText(text, mapping, name, chunk)).toEqual(whole);
    // CRLF endings and a BOM change nothing, not even line numbers of skipped rows.
    const windows = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    expect(mappingOf(windows, name)).toEqual(mapping);
    for (const chunk of [windows.length, 1, 7]) expect(parseText(windows, mapping, name, chunk)).toEqual(whole);
  });
});

describe('createRowParser: errors name the file, the line and the reason', () => {
  const csv = csvMapping({ timeColumn: 't', valueColumns: ['v'] });

  it('refuses a mapping with no metric column', () => {
    const error = importError(() => createRowParser({ ...csv, valueColumns: [] }, 'a.csv'));
    expect(error).toMatchObject({ fileName: 'a.csv', line: null, reason: 'no column is selected as a metric; select at least one numeric column.' });
  });

  it.each(['delimited', 'headerless', 'json-lines', 'json-array'] as const)('%s: no time column and no interval', (format) => {
    const error = importError(() => createRowParser({ ...csv, format, timeColumn: null }, 'a.csv'));
    expect(error.reason).toBe('there is no usable time column: pick the column that holds the time, or state the interval between rows and the start time.');
    expect(() => createRowParser({ ...csv, format, timeColumn: null, intervalSeconds: 0, startTime: 0 }, 'a.csv')).toThrow(ImportError);
    expect(() => createRowParser({ ...csv, format, timeColumn: null, intervalSeconds: 60, startTime: 0 }, 'a.csv')).not.toThrow();
  });

  it.each([
    ['server-log', 'server_logs.txt'],
    ['original-log', 'original_logs.txt'],
    ['delimited', 'nab_datetime.csv'],
    ['json-lines', 'metrics.jsonl'],
  ])('%s: a line of megabytes fails at once, naming its line', (_format, name) => {
    const text = fixture(name);
    const parser = createRowParser(mappingOf(text, name), name);
    parser.push(text);
    const lines = text.split('\n').length;
    const error = importError(() => {
      for (let i = 0; i < 3; i++) parser.push('9'.repeat(1 << 20));
    });
    expect(error).toMatchObject({ fileName: name, line: lines, reason: 'the line is longer than 1 MB; this does not look like a metric log.' });
  });

  it('a headed CSV without a time column imports only once an interval and start are given', () => {
    const text = fixture('no_time.csv');
    const mapping = mappingOf(text, 'no_time.csv');
    expect(mapping).toMatchObject({ timeColumn: null, valueColumns: ['cpu', 'ram'], intervalSeconds: null });
    expect(importError(() => parseText(text, mapping, 'no_time.csv')).message).toBe(
      'no_time.csv: there is no usable time column: pick the column that holds the time, or state the interval between rows and the start time.',
    );
    expect(parseText(text, { ...mapping, intervalSeconds: 60, startTime: 0 }).timestamps).toEqual(new Float64Array([0, 60_000, 120_000]));
  });

  it('an empty or comment-only file', () => {
    expect(importError(() => parseText('', csv, 'e.csv'))).toMatchObject({ reason: 'the file is empty or holds only comment lines.' });
    const log = mappingOf(fixture('server_logs.txt'), 'server_logs.txt');
    expect(importError(() => parseText(fixture('comments_only.txt'), log, 'c.txt')).reason).toBe(
      'the file has no data rows (it is empty, or holds only a header or comments).',
    );
  });

  it('unreadable times skip their rows; all of them unreadable fails with the first reason', () => {
    const table = parseText('t,v\n2024-01-01 00:00:00,1\nsoon,2\n,3\n', csv);
    expect(table.skipped.examples).toEqual([
      { line: 3, reason: '"soon" in column t is not a time' },
      { line: 4, reason: 'the time in column t is empty' },
    ]);
    expect(importError(() => parseText('t,v\nsoon,2\n', csv, 's.csv')).message).toBe('s.csv, line 2: the only data row could not be read: "soon" in column t is not a time.');
  });
});
