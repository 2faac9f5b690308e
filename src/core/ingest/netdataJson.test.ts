import { describe, expect, it } from 'vitest';
import { alignTable } from './align';
import { importText } from './fixtures/readFixture';
import { sniffFormat } from './sniff';
import { importError } from './testing';

const T = 1_705_446_000; // 2024-01-16 23:00:00 UTC

/** `/api/v1/data?chart=system.cpu&format=json`: newest first, a null cell. */
const DATA = `{
 "labels": ["time", "user", "system"],
    "data":
 [
      [ ${T + 2}, 3.5, 1.25],
      [ ${T + 1}, null, 1.5],
      [ ${T}, 2.75, 1.0]
  ]
}
`;

describe('Netdata data API JSON', () => {
  it('reads one series per dimension, newest first into rows oldest first, a null cell missing', () => {
    const { preview, table } = importText(DATA, 'netdata.json', 9);
    expect(preview.mapping).toMatchObject({ format: 'netdata-json', valueColumns: ['user', 'system'] });
    expect(preview.sampleRows[0]).toEqual(['2024-01-16T23:00:00Z', '2.75', '1']);
    const aligned = alignTable(table);
    expect(Array.from(aligned.timestamps)).toEqual([T * 1000, T * 1000 + 1000, T * 1000 + 2000]);
    expect(aligned.columns.map((c) => [c.name, ...Array.from(c.values)])).toEqual([
      ['user', 2.75, NaN, 3.5],
      ['system', 1, 1.5, 1.25],
    ]);
  });

  it('reads the jsonwrap envelope and milliseconds (options=ms)', () => {
    const wrapped = `{"api":1,"id":"system.load","result":{"labels":["time","load1"],"data":[[${T * 1000 + 500},0.5],[${T * 1000},0.25]]},"min":0.25}`;
    const { preview, table } = importText(wrapped, 'wrap.json');
    expect(preview.mapping.valueColumns).toEqual(['load1']);
    expect(Array.from(table.timestamps)).toEqual([T * 1000 + 500, T * 1000]);
  });

  it('explains labels that name no dimension', () => {
    const bad = '{"labels":["time"],"data":[[1705446000]]}';
    expect(importError(() => sniffFormat(bad, 'n.json', bad.length, false)).message).toBe(
      'n.json, line 1: this looks like a Netdata /api/v1/data JSON response, but its "labels" do not list a time and at least one dimension.',
    );
  });
});
