import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { testConfig } from '../ml/testing';
import { trainingCopy } from './trainBridge';

describe('trainingCopy', () => {
  const dataset = tinyDataset({ a: [1, 2], b: [3, 4], c: [5, 6] }, { labels: [0, 1], missing: [0, 0] });

  it('copies only the chosen columns and leaves the caller’s arrays alone', () => {
    const copy = trainingCopy(dataset, { preprocess: { features: ['c', 'a'] }, config: testConfig(), backend: 'auto' });
    expect(copy.columns.map((column) => column.key)).toEqual(['a', 'c']);
    expect(copy.columns[0].values).not.toBe(dataset.columns[0].values);
    expect(copy.timestamps).not.toBe(dataset.timestamps);
    expect(copy.labels).toBeNull();
    expect(Array.from(copy.missing ?? [])).toEqual([0, 0]);
  });

  it('sends the labels only when labelled rows are excluded', () => {
    const copy = trainingCopy(dataset, { preprocess: { excludeLabelled: true }, config: testConfig(), backend: 'auto' });
    expect(copy.columns).toHaveLength(3);
    expect(Array.from(copy.labels ?? [])).toEqual([0, 1]);
    expect(copy.labels).not.toBe(dataset.labels);
  });
});
