import { describe, expect, it } from 'vitest';
import { LABELLED_CODE } from '../../shared/anomaly';
import type { ImportReport } from '../../shared/ingest';
import { alignTable } from './align';
import { buildImportedDataset } from './buildDataset';
import { parseLabelFile } from './labels';
import type { ParsedTable } from './table';

const T0 = Date.UTC(2024, 0, 3, 14, 0, 0);
const MIN = 60_000;
const OPTIONS = { id: 'upload-1', name: 'machine.csv', createdAt: 1_700_000_000_000 };
const L = LABELLED_CODE;

function table(minutes: number[], labels: number[] | null, names = ['cpu', '', 'cpu']): ParsedTable {
  return {
    timestamps: Float64Array.from(minutes, (m) => T0 + m * MIN),
    columns: names.map((name, c) => ({ name, values: Float32Array.from(minutes, (m) => m + c / 10) })),
    labels: labels && Uint8Array.from(labels),
    rowsRead: minutes.length,
    skipped: { count: 1, examples: [{ line: 3, reason: 'not a number' }] },
  };
}

function report(rowsRead: number): ImportReport {
  return {
    fileName: 'machine.csv', format: 'delimited', bytesRead: 1234, rowsRead, rowsImported: 0,
    skipped: { count: 1, examples: [{ line: 3, reason: 'not a number' }] }, duplicatesDropped: 0, intervalMs: 0,
    gaps: { count: 0, missingRows: 0, longest: null }, filledRows: 0, alignedRows: 0, labels: null,
  };
}

describe('buildImportedDataset', () => {
  it('fills the meta the dataset list shows, without labels', () => {
    const aligned = alignTable(table([0, 1, 2, 4], null));
    const dataset = buildImportedDataset(aligned, null, report(4), OPTIONS);
    expect(dataset.columns.map((c) => [c.key, c.label])).toEqual([['cpu', 'cpu'], ['col2', 'col2'], ['cpu_2', 'cpu']]);
    expect(dataset.labels).toBeNull();
    expect(Array.from(dataset.missing!)).toEqual([0, 0, 0, 1, 0]);
    expect(dataset.events).toEqual([]);
    expect(dataset.meta).toEqual({
      id: 'upload-1', name: 'machine.csv', source: 'upload', createdAt: OPTIONS.createdAt, rowCount: 5,
      columnKeys: ['cpu', 'col2', 'cpu_2'], start: T0, end: T0 + 4 * MIN, intervalMs: MIN,
      sizeBytes: 5 * 8 + 3 * 5 * 4 + 5, eventCount: 0, hasLabels: false,
      report: {
        ...report(4), rowsImported: 4, intervalMs: MIN, filledRows: 1,
        gaps: { count: 1, missingRows: 1, longest: { start: T0 + 3 * MIN, end: T0 + 3 * MIN } },
      },
    });
  });

  it('turns a 0/1 label column into labelled-anomaly codes and events', () => {
    const aligned = alignTable(table([0, 1, 2, 3, 4, 5], [0, 1, 1, 0, 0, 1]));
    const dataset = buildImportedDataset(aligned, null, report(6), OPTIONS);
    expect(Array.from(dataset.labels!)).toEqual([0, L, L, 0, 0, L]);
    expect(dataset.events.map((e) => [e.type, e.startIndex, e.endIndex])).toEqual([['Labelled anomaly', 1, 2], ['Labelled anomaly', 5, 5]]);
    expect(dataset.meta.hasLabels).toBe(true);
    expect(dataset.meta.eventCount).toBe(2);
    expect(dataset.meta.sizeBytes).toBe(6 * 8 + 3 * 6 * 4 + 6);
    expect(dataset.meta.report!.labels).toEqual({ source: 'label column', labelledRows: 3, events: 2 });
  });

  it('keeps a label file\'s codes and events through sorting, snapping and filling', () => {
    // File order is shuffled, 14:05 is off-grid (14:05:10) and 14:03 is missing.
    const parsed = table([4, 0, 2, 1, 5 + 1 / 6, 6], null, ['value']);
    const debugLog =
      '2024-01-03 14:01:00 [s] [ANOMALY] Memory Leak | until 2024-01-03 14:02:00 | process app | metrics app.ram\n' +
      '2024-01-03 14:04:00 [s] [ANOMALY] Flatline | until 2024-01-03 14:05:10 | process server | metrics value\n';
    const labels = parseLabelFile(debugLog, 'debug_logs.txt', parsed.timestamps, 'machine.csv');
    const aligned = alignTable({ ...parsed, labels: labels.labels });
    const dataset = buildImportedDataset(aligned, labels, report(6), OPTIONS);
    expect(Array.from(dataset.labels!)).toEqual([0, 4, 4, 0, 7, 7, 0]);
    expect(Array.from(dataset.missing!)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(dataset.events).toEqual([
      { type: 'Memory Leak', start: T0 + MIN, end: T0 + 2 * MIN, startIndex: 1, endIndex: 2, process: 'app', metrics: ['app.ram'] },
      { type: 'Flatline', start: T0 + 4 * MIN, end: T0 + 5 * MIN, startIndex: 4, endIndex: 5, process: 'server', metrics: ['value'] },
    ]);
    expect(dataset.meta.report!.labels).toEqual({ source: 'debug_logs.txt (debug log): 2 anomalies', labelledRows: 4, events: 2 });
    expect(dataset.meta.report!.alignedRows).toBe(1);
  });

  it('accepts labels read against the aligned rows when the table carried none', () => {
    const aligned = alignTable(table([0, 1, 2], null, ['v']));
    const labels = parseLabelFile('0\n1\n0\n', 'l.txt', aligned.timestamps, 'machine.csv');
    expect(Array.from(buildImportedDataset(aligned, labels, report(3), OPTIONS).labels!)).toEqual([0, L, 0]);
  });
});
