import { describe, expect, it } from 'vitest';
import { PREPROCESSING_VERSION, type Preprocessing } from '../../shared/preprocessing';
import { BundleError } from './bundleError';
import { readPreprocessing } from './preprocessingJson';

const DAY = 86_400_000;
const slots = 288;

const base: Preprocessing = {
  version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 0], max: [100, 100], context: false, window: 1, stillness: true, inputWidth: 3,
};
const full: Preprocessing = {
  ...base,
  seasonal: { periodMs: DAY, slotMs: 300_000, medians: [Array.from({ length: slots }, (_, s) => 40 + (s % 12)), null] },
  // Three groups: cpu, ram and the unchanged-metrics value.
  scoring: { scales: [0.01, 0.02, 0.001], seasonal: { periodMs: DAY, slotMs: 300_000, scales: Array.from({ length: 3 * slots }, () => 0.05) }, smoothRows: 5, errorUnit: 'absolute', rangeRule: { lagsDays: [1, 7], floorShare: 0.1 } },
};
const read = (value: unknown) => readPreprocessing(JSON.parse(JSON.stringify(value)));

describe('readPreprocessing with seasonal medians and a score profile', () => {
  it('reads back what was written, and an older file without them as it was', () => {
    expect(read(full)).toEqual(full);
    expect(read(base)).toEqual(base);
  });

  it('reads a profile saved before its error unit was recorded as squared-error ratios, as it was scored then', () => {
    const { errorUnit: _unit, ...older } = full.scoring!;
    expect(read({ ...full, scoring: older }).scoring?.errorUnit).toBe('squared');
    expect(() => read({ ...full, scoring: { ...full.scoring, errorUnit: 'cubic' } })).toThrow(/unknown error unit/);
  });

  it('reads a profile saved before the day-range rule without one, and names a rule it cannot use', () => {
    const { rangeRule: _rule, ...older } = full.scoring!;
    expect(read({ ...full, scoring: older }).scoring).not.toHaveProperty('rangeRule');
    expect(() => read({ ...full, scoring: { ...full.scoring, rangeRule: { lagsDays: [0.5], floorShare: 0.1 } } })).toThrow(/days back/);
    expect(() => read({ ...full, scoring: { ...full.scoring, rangeRule: { lagsDays: [1, 10_000], floorShare: 0.1 } } })).toThrow(/days back/);
    expect(() => read({ ...full, scoring: { ...full.scoring, rangeRule: { lagsDays: [1], floorShare: 0 } } })).toThrow(/floor share/);
    expect(() => read({ ...full, scoring: { ...full.scoring, rangeRule: 'on' } })).toThrow(BundleError);
    const learned = { ...full, scoring: { ...full.scoring!, rangeRule: { lagsDays: [1, 7], floorShare: 0.1, floors: [12, 3] } } };
    expect(read(learned)).toEqual(learned);
    expect(() => read({ ...full, scoring: { ...full.scoring, rangeRule: { lagsDays: [1], floorShare: 0.1, floors: [12] } } })).toThrow(/2 numbers of at least 0/);
    expect(() => read({ ...full, scoring: { ...full.scoring, rangeRule: { lagsDays: [1], floorShare: 0.1, floors: [12, -1] } } })).toThrow(/margins/);
  });

  it('names a score profile that does not fit the inputs', () => {
    expect(() => read({ ...full, scoring: { ...full.scoring, scales: [0.01, 0.02] } })).toThrow(/2 score scales for 3 error groups/);
    expect(() => read({ ...full, scoring: { ...full.scoring, scales: [0.01, 0, 1] } })).toThrow(/not a positive number/);
    expect(() => read({ ...full, scoring: { ...full.scoring, smoothRows: 10_000 } })).toThrow(BundleError);
    expect(() => read({ ...full, scoring: { ...full.scoring, seasonal: { periodMs: DAY, slotMs: 1, scales: [] } } })).toThrow(/slots; at most/);
  });

  it('names seasonal medians that do not fit the features or the period', () => {
    expect(() => read({ ...full, seasonal: { ...full.seasonal, medians: [null] } })).toThrow(/each of its 2 features/);
    expect(() => read({ ...full, seasonal: { ...full.seasonal, medians: [[1, 2, 3], null] } })).toThrow(/not 288 finite numbers/);
  });
});
