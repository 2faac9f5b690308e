import { describe, expect, it } from 'vitest';
import { alignTable } from './align';
import { columnsOf, importText, parseText } from './fixtures/readFixture';
import { sniffFormat } from './sniff';
import { importError } from './testing';

const T0 = 1_705_449_600; // 2024-01-17 00:00:00 UTC, in Unix seconds as Prometheus writes it
const WEB1 = 'node_load1{instance="web-1:9100",job="node"}';
const WEB2 = 'node_load1{instance="web-2:9100",job="node"}';

/** A query_range answer as the HTTP API documents it: web-2 lacks its second sample and has a NaN. */
const RANGE = JSON.stringify({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      { metric: { __name__: 'node_load1', instance: 'web-1:9100', job: 'node' }, values: [[T0, '0.5'], [T0 + 60, '0.75'], [T0 + 120, '1']] },
      { metric: { __name__: 'node_load1', job: 'node', instance: 'web-2:9100' }, values: [[T0, '2'], [T0 + 120, 'NaN']] },
      { metric: { __name__: 'up', job: 'node' }, values: [[T0, 'NaN'], [T0 + 60, '+Inf']] },
    ],
  },
});

describe('Prometheus HTTP API JSON', () => {
  it('reads query_range series named by their labels, aligned on time, NaN and absent samples missing', () => {
    const { preview, table } = importText(RANGE, 'range.json');
    expect(preview.mapping).toMatchObject({ format: 'prometheus-json', timeColumn: 'time', valueColumns: [WEB1, WEB2] });
    expect(preview.columns.map((c) => c.name)).toEqual(['time', WEB1, WEB2, 'up{job="node"}']);
    expect(preview.sampleRows[0]).toEqual(['2024-01-17T00:00:00Z', '0.5', '2', '']);
    expect(preview.notes.join(' ')).toMatch(/Not proposed \(only null, NaN or missing points\): up\{job="node"\}/);
    expect(preview.hosts).toEqual(['web-1:9100', 'web-2:9100']);
    expect(Array.from(table.timestamps)).toEqual([T0 * 1000, (T0 + 60) * 1000, (T0 + 120) * 1000]);
    expect(columnsOf(table)).toEqual({ [WEB1]: [0.5, 0.75, 1], [WEB2]: [2, NaN, NaN] });
  });

  it('gives the same table whatever the chunk boundaries, pretty-printed or on one line', () => {
    const pretty = JSON.stringify(JSON.parse(RANGE), null, 2);
    const whole = importText(RANGE, 'r.json').table;
    for (const [text, size] of [[RANGE, 5], [pretty, 3], [pretty, 64]] as const) {
      expect(columnsOf(importText(text, 'r.json', size).table)).toEqual(columnsOf(whole));
    }
  });

  it('reads an instant query (vector), with labels listed after the sample, and explains why one instant cannot be imported', () => {
    const vector = `{"status":"success","data":{"resultType":"vector","result":[{"value":[${T0}.5,"42"],"metric":{"__name__":"up","instance":"a"}}]}}`;
    const preview = sniffFormat(vector, 'v.json', vector.length, false);
    expect(preview.mapping.valueColumns).toEqual(['up{instance="a"}']);
    expect(preview.sampleRows).toEqual([['2024-01-17T00:00:00.500Z', '42']]);
    expect(importError(() => parseText(vector, preview.mapping, 'v.json')).message).toBe(
      'v.json: this looks like a Prometheus HTTP API response (query_range / query), but all its points are at one time (2024-01-17 00:00:00 UTC); a series over time needs at least two (query_range rather than query).',
    );
  });

  it('leaves out a chosen series with no values, reporting it, instead of importing an empty column', () => {
    const mapping = sniffFormat(RANGE, 'r.json', RANGE.length, false).mapping;
    const table = parseText(RANGE, { ...mapping, valueColumns: [WEB1, 'up{job="node"}'] }, 'r.json');
    expect(Object.keys(columnsOf(table))).toEqual([WEB1]);
    expect(table.skipped.examples[0].reason).toBe('up{job="node"} has no values (only null, NaN or missing points): not imported');
    const onlyEmpty = importError(() => parseText(RANGE, { ...mapping, valueColumns: ['up{job="node"}'] }, 'r.json'));
    expect(onlyEmpty.message).toMatch(/looks like a Prometheus HTTP API response .*, but the chosen series hold no values/);
  });

  it('keeps one host only when the mapping names it, without the host in the names', () => {
    const mapping = sniffFormat(RANGE, 'r.json', RANGE.length, false).mapping;
    const table = alignTable(parseText(RANGE, { ...mapping, host: 'web-2:9100' }, 'r.json'));
    expect(table.columns.map((c) => c.name)).toEqual(['node_load1{job="node"}']);
  });

  it('names the format and the server’s words for errors, scalars and cut-short files', () => {
    const error = '{"status":"error","errorType":"bad_data","error":"invalid parameter \\"query\\": parse error"}';
    expect(importError(() => sniffFormat(error, 'e.json', error.length, false)).message).toBe(
      'e.json: this looks like a Prometheus HTTP API response (query_range / query), but the server answered status "error" (bad_data: invalid parameter "query": parse error): there is no data in it.',
    );
    const scalar = `{"status":"success","data":{"resultType":"scalar","result":[${T0},"1"]}}`;
    expect(importError(() => sniffFormat(scalar, 's.json', scalar.length, false)).message).toMatch(/its result is a scalar, not series over time/);
    const mapping = sniffFormat(RANGE, 'r.json', RANGE.length, false).mapping;
    expect(importError(() => parseText(RANGE.slice(0, 150), mapping, 'r.json')).message).toMatch(
      /r\.json, line 1: this looks like a Prometheus .*, but the JSON ends early, inside data\.result\[0\]\.values\[\d\]/,
    );
    const empty = '{"status":"success","data":{"resultType":"matrix","result":[]}}';
    expect(importError(() => sniffFormat(empty, 'n.json', empty.length, false)).message).toMatch(/but it holds no series with points/);
  });
});
