import { describe, expect, it } from 'vitest';
import { rawRecordsJson } from './rawJson';

describe('rawRecordsJson', () => {
  it('writes every record as stored, typed arrays and buffers tagged with their type', () => {
    const json = rawRecordsJson('dataset', 'a', [
      { store: 'meta', key: 'a', value: { version: 2, meta: null } },
      { store: 'data', key: 'a#column:0', value: Float32Array.from([1.5, Number.NaN]) },
      { store: 'data', key: 'a#weights', value: Uint8Array.from([1, 2, 3]).buffer },
      { store: 'data', key: 'a#column:1', value: 'not numbers' },
    ]).join('');
    expect(JSON.parse(json)).toEqual({
      app: 'metrics-anomaly-analyzer',
      kind: 'dataset',
      id: 'a',
      records: [
        { store: 'meta', key: 'a', value: { version: 2, meta: null } },
        { store: 'data', key: 'a#column:0', value: { $type: 'Float32Array', values: [1.5, 'NaN'] } },
        { store: 'data', key: 'a#weights', value: { $type: 'ArrayBuffer', base64: 'AQID' } },
        { store: 'data', key: 'a#column:1', value: 'not numbers' },
      ],
    });
  });
});
