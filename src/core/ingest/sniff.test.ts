import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/readFixture';
import { unknownKindMessage } from './knownFormats';
import { sniffFormat } from './sniff';
import { importError } from './testing';

const sniff = (text: string, name = 'file.csv', compressed = false) => sniffFormat(text, name, text.length, compressed);
const sniffFixture = (name: string) => sniff(fixture(name), name);


describe('sniffFormat: what it detects', () => {
  it.each([
    ['grafana_iso_zone.csv', { format: 'delimited', delimiter: ',', timeColumn: 'Time', timeFormat: 'iso', valueColumns: ['cpu {host="web-1"}', 'mem_used'] }],
    ['nab_datetime.csv', { format: 'delimited', delimiter: ',', timeColumn: 'timestamp', timeFormat: 'datetime', valueColumns: ['value'] }],
    ['epoch_seconds.csv', { format: 'delimited', timeColumn: 'ts', timeFormat: 'epoch-s', valueColumns: ['requests', 'errors'] }],
    ['epoch_ms.csv', { format: 'delimited', timeColumn: 'time', timeFormat: 'epoch-ms', valueColumns: ['latency_ms'] }],
    ['cloudwatch.tsv', { format: 'delimited', delimiter: '\t', timeColumn: 'Timestamp', timeFormat: 'iso', valueColumns: ['CPUUtilization', 'NetworkIn'] }],
    ['semicolon.csv', { format: 'delimited', delimiter: ';', timeColumn: 'Zeit', timeFormat: 'datetime', valueColumns: ['CPU', 'Speicher'] }],
    ['prometheus_long.csv', { format: 'delimited', timeColumn: 'time', valueColumns: ['value'], long: { seriesColumn: 'series', valueColumn: 'value' } }],
    ['labelled.csv', { format: 'delimited', valueColumns: ['value'], labelColumn: 'is_anomaly' }],
    ['smd_headerless.txt', { format: 'headerless', delimiter: ',', timeColumn: null, intervalSeconds: 60, startTime: Date.UTC(2024, 0, 1) }],
    ['metrics.jsonl', { format: 'json-lines', delimiter: null, timeColumn: 'timestamp', timeFormat: 'iso' }],
    ['metrics.json', { format: 'json-array', timeColumn: 'time', timeFormat: 'epoch-s', valueColumns: ['cpu', 'ram'] }],
    ['server_logs.txt', { format: 'server-log', timeColumn: null, valueColumns: ['cpu', 'ram', 'disk', 'web.cpu'] }],
    ['original_logs.txt', { format: 'original-log', valueColumns: ['CPU', 'RAM', 'Disk'] }],
  ])('%s', (name, expected) => {
    expect(sniffFixture(name).mapping).toMatchObject({ compressed: false, ...expected });
  });

  it('lists every column with its kind and samples, and the first rows', () => {
    const preview = sniffFixture('epoch_seconds.csv');
    expect(preview.columns).toEqual([
      { name: 'ts', numeric: true, timeFormat: 'epoch-s', samples: ['1704067200', '1704067260', '1704067320', '1704067380'] },
      { name: 'requests', numeric: true, timeFormat: null, samples: ['120', '131', '128', '140'] },
      { name: 'errors', numeric: true, timeFormat: null, samples: ['0', '1', '0', '2'] },
      { name: 'host', numeric: false, timeFormat: null, samples: ['web-1', 'web-1', 'web-2', 'web-2'] },
    ]);
    expect(preview.sampleRows[0]).toEqual(['1704067200', '120', '0', 'web-1']);
    expect(preview).toMatchObject({ fileName: 'epoch_seconds.csv', sizeBytes: fixture('epoch_seconds.csv').length });
  });

  it('writes plain notes on what it found', () => {
    expect(sniffFixture('epoch_seconds.csv').notes).toEqual([
      'CSV (comma-separated) with a header row.',
      'Time in `ts` (epoch seconds).',
      '2 numeric columns become metrics: requests, errors.',
      'Not imported (not numeric, or a second time column): host.',
    ]);
    expect(sniffFixture('grafana_iso_zone.csv').notes[1]).toBe('Time in `Time` (ISO 8601 with a time zone).');
    expect(sniffFixture('nab_datetime.csv').notes[1]).toBe('Time in `timestamp` (YYYY-MM-DD HH:MM:SS, read as UTC).');
    expect(sniffFixture('semicolon.csv').notes).toContain('Numbers are written with decimal commas (12,5) and read as 12.5.');
    expect(sniffFixture('prometheus_long.csv').notes[2]).toBe(
      'Long format (one row per time and series): pivoted to one column per `series` value, with values from `value`; seen so far: node_cpu, node_mem, node_disk.',
    );
    expect(sniffFixture('labelled.csv').notes).toContain('`is_anomaly` holds only 0 and 1: used as the label (ground truth) column.');
    expect(sniffFixture('smd_headerless.txt').notes.slice(0, 2)).toEqual([
      'Numbers without a header row (38 comma-separated columns, named col1..col38), like the SMD and ASD data sets.',
      'No time column: state the interval between rows and the start time (defaults: 60 s from 2024-01-01 00:00:00 UTC).',
    ]);
    expect(sniffFixture('metrics.jsonl').notes.slice(0, 2)).toEqual(['JSON Lines: one object per line.', 'Nested fields are named with dots (e.g. cpu.user).']);
    expect(sniff('cpu,ram\n1,2\n3,4\n').notes).toContain('No time column was found: pick one, or state the interval between rows and the start time.');
    expect(sniff('t,v\n2024-01-01 00:00:00,1\n', 'a.csv.gz', true).notes.at(-1)).toBe('gzip-compressed: decompressed while reading.');
    expect(sniff('t,v\n2024-01-01 00:00:00,1\n', 'a.csv.gz', true).mapping.compressed).toBe(true);
  });

  it('leaves the interval to the user for a headed CSV without a time column', () => {
    expect(sniff('cpu,ram\n1,2\n3,4\n').mapping).toMatchObject({ format: 'delimited', timeColumn: null, intervalSeconds: null, startTime: null });
  });

  it('takes a numeric first column of rising epoch seconds for the time even without a time-like name', () => {
    expect(sniff('when,v\n1704067200,1\n1704067260,2\n').mapping).toMatchObject({ timeColumn: 'when', timeFormat: 'epoch-s', valueColumns: ['v'] });
    expect(sniff('bytes,v\n1704067260,1\n1704067200,2\n').mapping).toMatchObject({ timeColumn: null, valueColumns: ['bytes', 'v'] });
  });

  it('ignores a BOM and CRLF line endings', () => {
    const crlf = `\uFEFF${fixture('nab_datetime.csv').replace(/\n/g, '\r\n')}`;
    expect(sniff(crlf).mapping).toEqual(sniffFixture('nab_datetime.csv').mapping);
    expect(sniff(crlf).columns[0].name).toBe('timestamp');
  });

  it('ignores a last line cut off by the end of the sample', () => {
    expect(sniff('t,v\n2024-01-01 00:00:00,1\n2024-01-01 00:01:00,2\n2024-01-0').mapping.timeFormat).toBe('datetime');
  });
});

describe('sniffFormat: what it refuses', () => {
  it.each([
    ['empty.csv', 'empty.csv: the file is empty.'],
    ['comments_only.txt', 'comments_only.txt: the file has no data: it holds only blank or comment lines.'],
    ['page.html', 'page.html, line 2: this is a web page (HTML), not a metric log; a download link may have returned an error or login page.'],
    ['no_numeric.csv', `no_numeric.csv, line 1: ${unknownKindMessage('no numeric column: nothing here can be charted (columns: host, region, status).')}`],
    [
      'inconsistent.csv',
      `inconsistent.csv, line 2: ${unknownKindMessage("most rows do not have the header's 3 fields (read as comma-separated); the file's columns are inconsistent.")}`,
    ],
  ])('%s', (name, message) => {
    expect(importError(() => sniffFixture(name)).message).toBe(message);
  });

  it('whitespace only is empty', () => {
    expect(importError(() => sniff(' \n\t\r\n')).reason).toBe('the file is empty.');
  });

  it('text full of control characters is binary', () => {
    const error = importError(() => sniff('\u0001\u0002\u0003\u0004\u0005\u0006abc\u0007\u0008\u000b\u000e\u000f'));
    expect(error.reason).toBe('this looks like a binary file (an image, archive or program), not a text log.');
    expect(importError(() => sniff('a,b\n1\u00002\n')).reason).toMatch(/binary/);
  });

  it('XML, unknown log layouts and JSON that is not rows', () => {
    expect(importError(() => sniff('<?xml version="1.0"?><metrics/>')).reason).toBe('this is XML or other markup, not a metric log.');
    expect(importError(() => sniff('2024-01-01 00:00:00 [web] GET /index.html 200\n')).reason).toMatch(/^these log lines have a layout this app does not read/);
    expect(importError(() => sniff('{\n  "data": [1, 2]\n}\n', 'x.json')).reason).toBe(
      unknownKindMessage('this JSON is neither one object per line (JSON Lines), an array of objects, nor a monitoring tool’s export this app knows.'),
    );
    expect(importError(() => sniff('[{"host": "a"}, {"host": "b"}]', 'x.json')).reason).toBe('no numeric field: nothing here can be charted (fields: host).');
  });
});
