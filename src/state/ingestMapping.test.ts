import { describe, expect, it } from 'vitest';
import { csvMapping } from '../core/ingest/testing';
import type { ImportMapping } from '../shared/ingest';
import { mappingProblems, needsIntervalAndStart, withValueColumn } from './ingestMapping';

const CSV = csvMapping();

describe('mappingProblems', () => {
  it('accepts a detected CSV mapping', () => {
    expect(mappingProblems(CSV)).toEqual([]);
  });

  it('asks for a value column, and for the time column not to be a value', () => {
    expect(mappingProblems({ ...CSV, valueColumns: [] })).toEqual(['Tick at least one value column.']);
    expect(mappingProblems({ ...CSV, valueColumns: ['timestamp', 'cpu'] })).toEqual(['“timestamp” is the time column; untick it as a value.']);
    expect(mappingProblems({ ...CSV, labelColumn: 'cpu' })).toEqual(['“cpu” is the label column; untick it as a value.']);
    expect(mappingProblems({ ...CSV, timeFormat: null })).toEqual(['Pick how the time column is written.']);
  });

  it('needs an interval and a start for headerless rows', () => {
    const headerless: ImportMapping = { ...CSV, format: 'headerless', timeColumn: null, timeFormat: null, valueColumns: ['col1'] };
    expect(needsIntervalAndStart(headerless)).toBe(true);
    expect(mappingProblems(headerless)).toEqual([
      'Enter the interval between rows in seconds (more than 0).',
      'Enter the time of the first row.',
    ]);
    expect(mappingProblems({ ...headerless, intervalSeconds: 60, startTime: Date.UTC(2024, 0, 1) })).toEqual([]);
    expect(mappingProblems({ ...headerless, intervalSeconds: Number.NaN, startTime: 0 })).toHaveLength(1);
  });

  it('checks the columns of a long table', () => {
    const long: ImportMapping = { ...CSV, valueColumns: [], long: { seriesColumn: 'host', valueColumn: 'value' } };
    expect(mappingProblems(long)).toEqual([]);
    expect(mappingProblems({ ...long, long: { seriesColumn: 'value', valueColumn: 'value' } })).toEqual([
      'The series column and the value column must differ.',
    ]);
    expect(mappingProblems({ ...long, long: { seriesColumn: 'timestamp', valueColumn: 'value' } })).toEqual([
      'The time column cannot also be the series or value column.',
    ]);
  });
});

describe('withValueColumn', () => {
  it('keeps the file order whatever the click order', () => {
    const order = ['timestamp', 'cpu', 'ram', 'disk'];
    const mapping = withValueColumn({ ...CSV, valueColumns: ['ram'] }, 'disk', true, order);
    expect(withValueColumn(mapping, 'cpu', true, order).valueColumns).toEqual(['cpu', 'ram', 'disk']);
    expect(withValueColumn(mapping, 'ram', false, order).valueColumns).toEqual(['disk']);
  });
});
