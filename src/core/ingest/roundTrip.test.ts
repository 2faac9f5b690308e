import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config';
import { debugLogText } from '../formats/serverLog';
import { generateDataset } from '../generator/generate';
import { alignTable } from './align';
import { buildImportedDataset } from './buildDataset';
import { parseLabelFile } from './labels';
import type { ParsedTable } from './table';

const dataset = generateDataset({ ...DEFAULT_CONFIG, months: 1, intervalSeconds: 60, anomalyProbability: 0.004, seed: 21 });
/** Index of the first element that differs, -1 when none: vitest's deep equality is slow on 40k-row arrays. */
function firstDifference(a: ArrayLike<number> | null, b: ArrayLike<number> | null): number {
  if (a === null || b === null) return a === b ? -1 : 0;
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

const asParsed: ParsedTable = {
  timestamps: dataset.timestamps,
  columns: dataset.columns.map((c) => ({ name: c.key, values: c.values })),
  labels: null,
  rowsRead: dataset.meta.rowCount,
  skipped: { count: 0, examples: [] },
};

describe('a generated dataset through the importer', () => {
  it('has several events of several types to check', () => {
    expect(dataset.events.length).toBeGreaterThan(20);
    expect(new Set(dataset.events.map((e) => e.type)).size).toBeGreaterThan(3);
  });

  it('passes alignTable unchanged: nothing sorted, snapped, dropped or filled', () => {
    const aligned = alignTable({ ...asParsed, labels: dataset.labels });
    expect(firstDifference(aligned.timestamps, dataset.timestamps)).toBe(-1);
    expect(firstDifference(aligned.labels, dataset.labels)).toBe(-1);
    aligned.columns.forEach((c, i) => expect(firstDifference(c.values, dataset.columns[i].values)).toBe(-1));
    expect(aligned.missing).toBeNull();
    expect(aligned.report).toEqual({
      rowsImported: dataset.meta.rowCount, duplicatesDropped: 0, intervalMs: 60_000,
      gaps: { count: 0, missingRows: 0, longest: null }, filledRows: 0, alignedRows: 0,
    });
  });

  it('reads its debug_logs.txt back into exactly its labels and events', () => {
    const parsed = parseLabelFile(debugLogText(dataset), 'debug_logs.txt', dataset.timestamps, 'server_logs.txt');
    expect(firstDifference(parsed.labels, dataset.labels)).toBe(-1);
    expect(parsed.events).toEqual(dataset.events);
  });

  it('builds the same labels and events as a dataset', () => {
    const labels = parseLabelFile(debugLogText(dataset), 'debug_logs.txt', dataset.timestamps, 'server_logs.txt');
    const aligned = alignTable({ ...asParsed, labels: labels.labels });
    const imported = buildImportedDataset(aligned, labels, { ...aligned.report, fileName: 'server_logs.txt', format: 'server-log', bytesRead: 0, rowsRead: dataset.meta.rowCount, skipped: { count: 0, examples: [] }, labels: null }, { id: 'u', name: 'n', createdAt: 0 });
    expect(firstDifference(imported.labels, dataset.labels)).toBe(-1);
    expect(imported.events).toEqual(dataset.events);
    expect(imported.meta.columnKeys).toEqual(dataset.meta.columnKeys);
    expect(imported.meta.sizeBytes).toBe(dataset.meta.sizeBytes);
  });
});
