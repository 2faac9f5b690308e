import { describe, expect, it } from 'vitest';
import { arrayProblem, checkDatasetMeta, datasetHeaderProblem, DATASET_SCHEMA_VERSION, type DatasetDataRecord } from './datasetRecords';
import { testDataset } from './testDataset';

const { meta } = testDataset('a', 1000);
const header: DatasetDataRecord = { version: DATASET_SCHEMA_VERSION, columns: [{ key: 'cpu', label: 'CPU %' }, { key: 'ram', label: 'RAM %' }], hasLabels: true, hasMissing: false, events: [] };

function problemOf(record: unknown, key = 'a'): string {
  const checked = checkDatasetMeta(key, record);
  return 'problem' in checked ? checked.problem : 'fine';
}

describe('checkDatasetMeta', () => {
  it('passes a saved meta record, version 1 or 2', () => {
    expect(checkDatasetMeta('a', { version: 2, meta })).toEqual({ meta });
    expect(checkDatasetMeta('a', { version: 1, meta })).toEqual({ meta });
  });

  it('names the first missing field of a meta record with only an id and a name, and keeps the name', () => {
    expect(checkDatasetMeta('a', { version: 2, meta: { id: 'a', name: 'web' } })).toEqual({ problem: 'meta.source is missing', name: 'web' });
  });

  it('names a null meta, a record that is not an object, and a field of the wrong type', () => {
    expect(problemOf({ version: 2, meta: null })).toBe('meta is null, not an object');
    expect(problemOf('hello')).toBe('its meta record is text, not an object');
    expect(problemOf({ version: 2, meta: { ...meta, rowCount: '89280' } })).toBe('meta.rowCount is text, not a whole number ≥ 0');
    expect(problemOf({ version: 2, meta: { ...meta, end: 1e300 } })).toBe('meta.end is a number, not a time');
    expect(problemOf({ version: 2, meta: { ...meta, report: { fileName: 'x.csv' } } })).toBe('meta.report.format is missing');
  });

  it('names a record of a newer or unknown version, and one stored under another id', () => {
    expect(problemOf({ version: 99, meta })).toMatch(/saved by a newer version of this app \(record format 99\)/);
    expect(problemOf({ meta })).toBe('its record has no readable format version (version is missing)');
    expect(problemOf({ version: 2, meta }, 'b')).toBe('its meta record is stored under “b” but names the id “a”');
  });
});

describe('datasetHeaderProblem', () => {
  it('passes a data record that matches the meta, and a version 1 one without hasMissing', () => {
    expect(datasetHeaderProblem(header, meta)).toBeNull();
    const { hasMissing: _dropped, ...v1 } = header;
    expect(datasetHeaderProblem({ ...v1, version: 1 }, meta)).toBeNull();
  });

  it('names a missing record, missing fields, other columns and an event past the last row', () => {
    expect(datasetHeaderProblem(undefined, meta)).toBe('its data record is missing');
    expect(datasetHeaderProblem({ ...header, hasMissing: undefined }, meta)).toBe('its data record hasMissing is missing');
    expect(datasetHeaderProblem({ ...header, columns: [{ key: 'cpu', label: 'CPU %' }] }, meta)).toBe('its data record lists the columns cpu, the dataset lists cpu, ram');
    const event = { type: 'Flatline', start: 0, end: 1, startIndex: 0, endIndex: 4, process: 'server', metrics: [] };
    expect(datasetHeaderProblem({ ...header, events: [event] }, meta)).toBe("its data record events[0].endIndex is past the dataset's 4 rows");
  });
});

describe('arrayProblem', () => {
  it('passes an array of the right type and length', () => {
    expect(arrayProblem(new Float32Array(4), Float32Array, 4, 'column cpu')).toBeNull();
  });

  it('names a missing array, one of the wrong type, and one of the wrong length', () => {
    expect(arrayProblem(undefined, Float64Array, 4, 'its timestamps')).toBe('its timestamps are missing');
    expect(arrayProblem('1,2,3', Float32Array, 4, 'column cpu')).toBe('column cpu is stored as text, not as a Float32Array');
    expect(arrayProblem(new Float32Array(7), Float32Array, 89_280, 'column cpu')).toBe('column cpu has 7 values, the dataset has 89,280 rows');
  });
});
