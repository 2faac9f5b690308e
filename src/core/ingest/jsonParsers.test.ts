import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../shared/ingest';
import { columnsOf, fixture, importText, parseText } from './fixtures/readFixture';
import { flattenObject } from './jsonRows';

const JAN_1 = Date.UTC(2024, 0, 1);

describe('JSON Lines', () => {
  it('reads one object per line, flattening nested fields; bad lines are skipped with reasons', () => {
    const { preview, table } = importText(fixture('metrics.jsonl'), 'm.jsonl');
    expect(preview.mapping).toMatchObject({ format: 'json-lines', timeColumn: 'timestamp', timeFormat: 'iso', valueColumns: ['cpu.user', 'cpu.system', 'mem'] });
    expect(Array.from(table.timestamps)).toEqual([JAN_1, JAN_1 + 60_000, JAN_1 + 120_000]);
    expect(columnsOf(table)).toEqual({ 'cpu.user': [3.5, 4, NaN], 'cpu.system': [1.25, 1.5, 1.75], mem: [512, 520, 530] });
    expect(table.rowsRead).toBe(5);
    expect(table.skipped.count).toBe(2);
    expect(table.skipped.examples[0]).toEqual({ line: 5, reason: '"high" in column cpu.user is not a number' });
    expect(table.skipped.examples[1].line).toBe(6);
    expect(table.skipped.examples[1].reason).toMatch(/^not valid JSON \(/);
  });

  it('honours an edited mapping and an interval when there is no time field', () => {
    const mapping: ImportMapping = {
      format: 'json-lines', compressed: false, delimiter: null, timeColumn: null, timeFormat: null, valueColumns: ['mem'],
      long: null, labelColumn: null, intervalSeconds: 30, startTime: 0,
    };
    const table = parseText(fixture('metrics.jsonl'), mapping);
    expect(Array.from(table.timestamps)).toEqual([0, 30_000, 60_000, 90_000]);
    expect(columnsOf(table)).toEqual({ mem: [512, 520, 530, 531] });
  });

  it('pivots long JSON rows and reads epoch-ms numbers and a boolean label', () => {
    const long = '{"t":1704067200000,"name":"a","v":1}\n{"t":1704067200000,"name":"b","v":2}\n{"t":1704067260000,"name":"a","v":3}\n{"t":1704067260000,"name":"b","v":4}\n';
    const { preview, table } = importText(long, 'long.jsonl');
    expect(preview.mapping).toMatchObject({ timeColumn: 't', timeFormat: 'epoch-ms', long: { seriesColumn: 'name', valueColumn: 'v' } });
    expect(columnsOf(table)).toEqual({ a: [1, 3], b: [2, 4] });
    const labelled = parseText('{"ts":1704067200,"v":1,"anomaly":false}\n{"ts":1704067260,"v":2,"anomaly":true}\n', {
      ...preview.mapping, long: null, timeColumn: 'ts', timeFormat: 'epoch-s', valueColumns: ['v'], labelColumn: 'anomaly',
    });
    expect(Array.from(labelled.labels!)).toEqual([0, 1]);
  });
});

describe('JSON array', () => {
  it('reads an array of objects one at a time, with epoch seconds', () => {
    for (const chunk of [1, 7, 10_000]) {
      const { preview, table } = importText(fixture('metrics.json'), 'm.json', chunk);
      expect(preview.mapping).toMatchObject({ format: 'json-array', timeColumn: 'time', timeFormat: 'epoch-s', valueColumns: ['cpu', 'ram'] });
      expect(Array.from(table.timestamps)).toEqual([JAN_1, JAN_1 + 60_000, JAN_1 + 120_000]);
      expect(columnsOf(table)).toEqual({ cpu: [12.5, 13, 13.5], ram: [40, 40.5, 41] });
    }
  });

  it('skips elements that are not objects and reports an array cut short', () => {
    const { table } = importText('[{"time": 1704067200, "cpu": 1}, 42,\n{"time": 1704067260, "cpu": 2}, {"time": 17', 'cut.json');
    expect(columnsOf(table)).toEqual({ cpu: [1, 2] });
    expect(table.skipped.examples.map((e) => e.reason)).toEqual([
      'not a JSON object',
      expect.stringMatching(/^not valid JSON/),
      'the JSON array ends early (no closing "]"); the file may be cut short',
    ]);
    expect(table.rowsRead).toBe(4);
  });
});

describe('flattenObject', () => {
  it('names nested fields with dots and leaves arrays alone', () => {
    expect(Object.fromEntries(flattenObject({ a: 1, b: { c: 2, d: { e: 'x' } }, f: [1, 2] }))).toEqual({ a: 1, 'b.c': 2, 'b.d.e': 'x', f: [1, 2] });
  });
});
