import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { anomaliesCsv, flaggedRows, type AnomaliesCsvInput } from './anomaliesCsv';
import { detailFromIncidents } from './rowDetail';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const parse = (parts: string[]) => Papa.parse<string[]>(parts.join(''), { skipEmptyLines: true }).data;

function input(overrides: Partial<AnomaliesCsvInput> = {}): AnomaliesCsvInput {
  return {
    timestamps: Float64Array.from([0, 1, 2, 3, 4], (i) => T0 + i * MINUTE),
    scores: Float32Array.from([0.1, 0.9, Number.NaN, 0.5, 0.95]),
    threshold: 0.5,
    columns: [
      { key: 'db.cpu', label: 'Database CPU %', values: Float32Array.from([10, 95.5, 11, 50, 97.25]) },
      { key: 'temp', label: 'Temperature, °C', values: Float32Array.from([1, -3.2, 0, Number.NaN, -0.5]) },
    ],
    detail: detailFromIncidents([
      { id: 1, startIndex: 1, endIndex: 1, severity: 'high', topMetrics: [{ key: 'db.cpu', share: 0.8 }, { key: 'temp', share: 0.2 }] },
      { id: 2, startIndex: 3, endIndex: 4, severity: 'low, but long', topMetrics: [{ key: 'db.cpu', share: 1 }] },
    ]),
    ...overrides,
  };
}

describe('anomaliesCsv', () => {
  it('writes one row per flagged timestamp with its incident and metric values', () => {
    const rows = parse(anomaliesCsv(input()));
    expect(rows).toEqual([
      ['timestamp', 'score', 'threshold', 'severity', 'incident', 'top_metrics', 'db.cpu', 'temp'],
      ['2024-01-01T00:01:00Z', '0.9', '0.5', 'high', '1', 'db.cpu 80%; temp 20%', '95.5', '-3.2'],
      ['2024-01-01T00:03:00Z', '0.5', '0.5', 'low, but long', '2', 'db.cpu 100%', '50', ''],
      ['2024-01-01T00:04:00Z', '0.95', '0.5', 'low, but long', '2', 'db.cpu 100%', '97.25', '-0.5'],
    ]);
  });

  it('writes negative values as numbers but neutralises text that looks like a formula', () => {
    const text = anomaliesCsv(
      input({
        columns: [{ key: '=HYPERLINK("x")', label: 'x', values: Float32Array.from([0, -1.5, 0, -2, -3]) }],
        detail: () => ({ incident: '-7', severity: '@high', topMetrics: [{ key: '+evil', share: 1 }] }),
      }),
    ).join('');
    const [header, first] = Papa.parse<string[]>(text).data;
    expect(header[6]).toBe('\'=HYPERLINK("x")');
    expect(first.slice(3)).toEqual(["'@high", "'-7", "'+evil 100%", '-1.5']);
    expect(text).toContain(',-1.5\r\n');
  });

  it('heads a metric whose key is a fixed column name apart from it', () => {
    const [header] = parse(anomaliesCsv(input({ columns: [{ key: 'score', label: 'Score', values: new Float32Array(5) }] })));
    expect(header).toEqual(['timestamp', 'score', 'threshold', 'severity', 'incident', 'top_metrics', 'score (metric)']);
  });

  it('writes the rows it is given, with empty cells outside incidents', () => {
    const rows = parse(anomaliesCsv(input({ rows: [0], detail: detailFromIncidents([]) })));
    expect(rows[1]).toEqual(['2024-01-01T00:00:00Z', '0.1', '0.5', '', '', '', '10', '1']);
  });

  it('rejects arrays of different lengths and rows out of range', () => {
    expect(() => anomaliesCsv(input({ scores: new Float32Array(4) }))).toThrow(RangeError);
    expect(() => anomaliesCsv(input({ rows: [5] }))).toThrow(RangeError);
  });

  it('writes 100k rows', () => {
    const n = 100_000;
    const timestamps = Float64Array.from({ length: n }, (_, i) => T0 + i * MINUTE);
    const columns = Array.from({ length: 8 }, (_, c) => ({ key: `m${c}`, label: `M${c}`, values: Float32Array.from({ length: n }, (_, i) => ((i * (c + 1)) % 1000) / 10) }));
    const parts = anomaliesCsv({
      timestamps,
      scores: new Float32Array(n).fill(1),
      threshold: 0.5,
      columns,
      detail: detailFromIncidents([{ id: 1, startIndex: 0, endIndex: n - 1, severity: 'critical', topMetrics: [{ key: 'm0', share: 1 }] }]),
    });
    const text = parts.join('');
    expect(text.split('\r\n')).toHaveLength(n + 2);
    const last = text.slice(text.lastIndexOf('\r\n', text.length - 3) + 2);
    expect(last.startsWith(`${new Date(T0 + (n - 1) * MINUTE).toISOString().slice(0, -5)}Z,1,0.5,critical,1,m0 100%,99.9,`)).toBe(true);
  });
});

describe('flaggedRows', () => {
  it('flags scores at or above the threshold, never NaN', () => {
    expect(Array.from(flaggedRows(Float32Array.from([0.5, 0.4, Number.NaN, 0.6]), 0.5))).toEqual([0, 3]);
  });
});
