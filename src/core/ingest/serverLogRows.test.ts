import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config';
import { serverLogParts } from '../formats/serverLog';
import { generateDataset } from '../generator/generate';
import { columnsOf, fixture, importText, parseText } from './fixtures/readFixture';
import { sniffFormat } from './sniff';

const SERVER_LOG = { format: 'server-log', compressed: false, delimiter: null, timeColumn: null, timeFormat: null, long: null, labelColumn: null, intervalSeconds: null, startTime: null } as const;

describe('server-log rows', () => {
  it('round-trips a generated dataset: same timestamps, same values to two decimals', () => {
    const dataset = generateDataset({ ...DEFAULT_CONFIG, months: 0.25, intervalSeconds: 300, anomalyProbability: 0.01, seed: 11 });
    const text = serverLogParts(dataset).join('');
    for (const chunk of [text.length, 65536, 7]) {
      const { preview, table } = importText(text, 'server_logs.txt', chunk);
      expect(preview.mapping.valueColumns).toEqual(dataset.columns.map((c) => c.key));
      expect(table.skipped.count).toBe(0);
      expect(table.rowsRead).toBe(dataset.meta.rowCount);
      expect(Array.from(table.timestamps)).toEqual(Array.from(dataset.timestamps));
      const worst = table.columns.map((column, c) =>
        dataset.columns[c].values.reduce((max, value, i) => Math.max(max, Math.abs(column.values[i] - value)), 0),
      );
      // Written with two decimals: a float32 value and its reading differ by at most half a cent.
      expect(Math.max(...worst)).toBeLessThanOrEqual(0.0051);
    }
  });

  it('reads the fixture: NaN is a missing cell, a bad value skips its row with the reason', () => {
    const { table } = importText(fixture('server_logs.txt'), 'server_logs.txt');
    expect(table.rowsRead).toBe(5);
    expect(table.timestamps.length).toBe(4);
    expect(columnsOf(table).cpu.map((v) => (Number.isNaN(v) ? null : Number(v.toFixed(2))))).toEqual([23.5, 24.1, null, 22.75]);
    expect(table.skipped).toEqual({ count: 1, examples: [{ line: 6, reason: '"abc" in column cpu is not a number' }] });
  });

  it('honours unticked columns and keys in any order; a key missing from a line is NaN', () => {
    const text = '2024-01-01 00:00:00 [s] cpu=1.00 ram=2.00 disk=3.00\n2024-01-01 00:00:30 [s] disk=6.00  cpu=4.00 \n';
    const table = parseText(text, { ...SERVER_LOG, valueColumns: ['disk', 'cpu', 'ram'] });
    expect(columnsOf(table)).toEqual({ disk: [3, 6], cpu: [1, 4], ram: [2, NaN] });
    const picked = parseText(text, { ...SERVER_LOG, valueColumns: ['cpu'] });
    expect(columnsOf(picked)).toEqual({ cpu: [1, 4] });
  });

  it('skips lines of another server, other shapes and bad times, with reasons', () => {
    const text = [
      '2024-01-01 00:00:00 [a] cpu=1.00',
      '2024-01-01 00:00:00 [b] cpu=9.00',
      'hello world',
      '2024-13-01 00:00:00 [a] cpu=1.00',
      '2024-01-01 00:01:00 [a] cpu=1e2',
      '2024-01-01 00:02:00 [a] cpu 5',
    ].join('\n');
    const table = parseText(text, { ...SERVER_LOG, valueColumns: ['cpu'] });
    expect(columnsOf(table)).toEqual({ cpu: [1, 100] });
    expect(table.skipped.examples).toEqual([
      { line: 2, reason: 'server "b" differs from "a"; a server log is read for one server' },
      { line: 3, reason: 'not a server log line (expected "YYYY-MM-DD HH:MM:SS [server] key=value ...")' },
      { line: 4, reason: 'the time "2024-13-01 00:00:00" is not a valid date' },
      { line: 6, reason: '"cpu 5" is not a list of key=value pairs' },
    ]);
  });

  it('sniffs the format, its columns and the interval stated in the header', () => {
    const preview = sniffFormat(fixture('server_logs.txt'), 'server_logs.txt', 520, false);
    expect(preview.mapping).toMatchObject({ format: 'server-log', valueColumns: ['cpu', 'ram', 'disk', 'web.cpu'], timeColumn: null });
    expect(preview.columns.map((c) => c.name)).toEqual(['cpu', 'ram', 'disk', 'web.cpu']);
    expect(preview.sampleRows[0]).toEqual(['23.50', '41.20', '55.10', '3.20']);
    expect(preview.notes).toEqual([
      "This app's own server log (server_logs.txt layout): one row per line, times in UTC, one row every 30 s according to its header.",
      '4 numeric columns become metrics: cpu, ram, disk, web.cpu.',
    ]);
  });
});
