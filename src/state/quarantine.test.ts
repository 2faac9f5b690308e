import { describe, expect, it } from 'vitest';
import type { StorageProblem } from '../persistence/storageProblem';
import { testDataset } from '../persistence/testDataset';
import { testModelMeta } from '../persistence/testModel';
import { initialState } from './appStore';
import { withProblems } from './quarantine';

const problem = (kind: StorageProblem['kind'], id: string, reason = 'broken'): StorageProblem => ({ kind, id, name: null, reason, orphan: false });

describe('withProblems', () => {
  it('lists broken items once, the newer reason winning, and keeps them out of the lists and the selection', () => {
    const open = testDataset('b', 2000);
    const state = {
      ...initialState(),
      datasets: [testDataset('a', 1000).meta, open.meta],
      models: [testModelMeta('m', 1000), testModelMeta('n', 2000)],
      selectedDataset: open,
      selectedModelId: 'n',
      storageProblems: [problem('dataset', 'b', 'old reason')],
    };
    const next = withProblems(state, [problem('dataset', 'b', 'column cpu has 7 values, the dataset has 4 rows'), problem('model', 'n')]);
    expect(next.storageProblems.map((item) => [item.id, item.reason])).toEqual([
      ['b', 'column cpu has 7 values, the dataset has 4 rows'],
      ['n', 'broken'],
    ]);
    expect(next.datasets.map((meta) => meta.id)).toEqual(['a']);
    expect(next.models.map((meta) => meta.id)).toEqual(['m']);
    expect(next.selectedDataset).toBeNull();
    expect(next.selectedModelId).toBeNull();
  });

  it('leaves a dataset and a model of the same id apart', () => {
    const state = { ...initialState(), datasets: [testDataset('x', 1000).meta], models: [testModelMeta('x', 1000)] };
    const next = withProblems(state, [problem('model', 'x')]);
    expect(next.datasets).toHaveLength(1);
    expect(next.models).toEqual([]);
  });
});
