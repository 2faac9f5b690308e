import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { alignTable } from './align';
import type { ParsedTable } from './table';

const T0 = Date.UTC(2024, 0, 3, 14, 0, 0);
const MIN = 60_000;

/** A table from (minutes after T0, value) rows, with optional 0/1 labels. */
function table(rows: [minutes: number, value: number][], labels?: number[]): ParsedTable {
  return {
    timestamps: Float64Array.from(rows.map(([m]) => T0 + m * MIN)),
    columns: [
      { name: 'cpu', values: Float32Array.from(rows.map(([, v]) => v)) },
      { name: 'ram', values: Float32Array.from(rows.map(([, v]) => v * 10)) },
    ],
    labels: labels ? Uint8Array.from(labels) : null,
    rowsRead: rows.length,
    skipped: { count: 0, examples: [] },
  };
}

const minutes = (ts: Float64Array) => Array.from(ts, (t) => (t - T0) / MIN);
const values = (a: { values: Float32Array }) => Array.from(a.values);

describe('alignTable on regular rows', () => {
  it('leaves sorted, regular rows as they are and fills nothing', () => {
    const aligned = alignTable(table([[0, 1], [1, 2], [2, 3], [3, 4]], [0, 1, 1, 0]));
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3]);
    expect(values(aligned.columns[0])).toEqual([1, 2, 3, 4]);
    expect(aligned.columns.map((c) => c.name)).toEqual(['cpu', 'ram']);
    expect(Array.from(aligned.labels!)).toEqual([0, 1, 1, 0]);
    expect(aligned.missing).toBeNull();
    expect(aligned.report).toEqual({
      rowsImported: 4, duplicatesDropped: 0, intervalMs: MIN, gaps: { count: 0, missingRows: 0, longest: null }, filledRows: 0, alignedRows: 0,
    });
  });

  it('sorts unsorted rows, values and labels following their rows', () => {
    const aligned = alignTable(table([[2, 3], [0, 1], [3, 4], [1, 2]], [1, 0, 0, 0]));
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3]);
    expect(values(aligned.columns[0])).toEqual([1, 2, 3, 4]);
    expect(values(aligned.columns[1])).toEqual([10, 20, 30, 40]);
    expect(Array.from(aligned.labels!)).toEqual([0, 0, 1, 0]);
  });

  it('drops exact duplicate times, keeping the first row in file order, and counts them', () => {
    const aligned = alignTable(table([[3, 9], [2, 5], [2, 6], [1, 2], [0, 1], [2, 7]]));
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3]);
    expect(values(aligned.columns[0])).toEqual([1, 2, 5, 9]);
    expect(aligned.report.duplicatesDropped).toBe(2);
    expect(aligned.report.rowsImported).toBe(4);
  });
});

describe('alignTable on irregular rows', () => {
  it('detects the usual step despite a few odd ones and snaps off-grid rows to the nearest step', () => {
    const aligned = alignTable(table([[0, 1], [1.02, 2], [1.98, 3], [3, 4], [4.03, 5], [5, 6], [6, 7]]));
    expect(aligned.report.intervalMs).toBe(MIN);
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(values(aligned.columns[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(aligned.report.alignedRows).toBe(3);
    expect(aligned.report.filledRows).toBe(0);
  });

  it('keeps the row exactly on a step, else the earliest, when several land on it', () => {
    const aligned = alignTable(table([[0, 1], [0.8, 2], [1, 3], [1.2, 4], [1.7, 5], [2.3, 6], [3, 7]]), { intervalMs: MIN });
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3]);
    expect(values(aligned.columns[0])).toEqual([1, 3, 5, 7]);
    expect(aligned.report.alignedRows).toBe(4);
    expect(aligned.report.rowsImported).toBe(4);
  });

  it("lays the grid in the phase most rows share, not the first row's", () => {
    const aligned = alignTable(table([[0.05, 1], [1, 2], [2, 3], [3, 4], [3.6, 5], [5, 6]]));
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(values(aligned.columns[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(aligned.report.alignedRows).toBe(2);
    const late = alignTable(table([[-0.7, 1], [1, 2], [2, 3], [3, 4]]));
    expect(minutes(late.timestamps)).toEqual([-1, 0, 1, 2, 3]);
    expect(Array.from(late.missing!)).toEqual([0, 1, 0, 0, 0]);
  });

  it('uses a given interval instead of the detected one', () => {
    const aligned = alignTable(table([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]), { intervalMs: 2 * MIN });
    expect(minutes(aligned.timestamps)).toEqual([0, 2, 4]);
    expect(values(aligned.columns[0])).toEqual([1, 3, 5]);
    expect(aligned.report.alignedRows).toBe(2);
  });
});

describe('alignTable on gaps', () => {
  it('fills missing steps forward, flags them, labels them 0 and reports the gaps', () => {
    const rows: [number, number][] = [[0, 1], [1, 2], [2, 3], [5, 6], [6, 7], [8, 9]];
    const aligned = alignTable(table(rows, [0, 0, 1, 1, 0, 1]));
    expect(minutes(aligned.timestamps)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(values(aligned.columns[0])).toEqual([1, 2, 3, 3, 3, 6, 7, 7, 9]);
    expect(values(aligned.columns[1])).toEqual([10, 20, 30, 30, 30, 60, 70, 70, 90]);
    expect(Array.from(aligned.missing!)).toEqual([0, 0, 0, 1, 1, 0, 0, 1, 0]);
    expect(Array.from(aligned.labels!)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
    expect(aligned.report.filledRows).toBe(3);
    expect(aligned.report.rowsImported).toBe(6);
    expect(aligned.report.gaps).toEqual({ count: 2, missingRows: 3, longest: { start: T0 + 3 * MIN, end: T0 + 4 * MIN } });
  });

  it('refuses a gap that would need absurdly many filled rows, naming the gap and the interval', () => {
    const rows: [number, number][] = Array.from({ length: 100 }, (_, i) => [i / 2, i]);
    rows.push([49.5 + 3 * 365.25 * 24 * 60, 0]);
    const attempt = () => alignTable(table(rows), { fileName: 'cpu.csv' });
    expect(attempt).toThrow(ImportError);
    expect(attempt).toThrow(/^cpu\.csv: a gap of 3 years \(2024-01-03 14:49:30 to 2027-01-03 08:49:30 UTC\) at a 30 s interval would need 3\.2 M filled rows .*more than 10 times the 101 rows read/);
  });

  it('refuses more rows than an import can hold, even when the fill stays under ten times the rows read', () => {
    const n = 2_000_000;
    const timestamps = new Float64Array(n);
    for (let i = 0; i < n; i++) timestamps[i] = T0 + i * 1000;
    timestamps[n - 1] = T0 + 21_000_000 * 1000;
    const big: ParsedTable = { timestamps, columns: [], labels: null, rowsRead: n, skipped: { count: 0, examples: [] } };
    expect(() => alignTable(big)).toThrow(/at a 1 s interval would need 19 M filled rows \(21 M rows in all.*more than the 20 M rows an import can hold/);
  });
});

describe('alignTable errors', () => {
  it('refuses an empty table', () => {
    expect(() => alignTable(table([]), { fileName: 'x.csv' })).toThrow('x.csv: has no rows with a readable time to import.');
  });

  it('needs an interval when every row has the same time', () => {
    expect(() => alignTable(table([[0, 1], [0, 2]]))).toThrow(/every row has the same time \(2024-01-03 14:00:00 UTC\)/);
    const aligned = alignTable(table([[0, 1], [0, 2]]), { intervalMs: MIN });
    expect(values(aligned.columns[0])).toEqual([1]);
    expect(aligned.report.duplicatesDropped).toBe(1);
  });

  it('refuses an interval that is not a positive number', () => {
    expect(() => alignTable(table([[0, 1]]), { intervalMs: 0 })).toThrow(/the interval must be a positive number of seconds/);
  });
});
