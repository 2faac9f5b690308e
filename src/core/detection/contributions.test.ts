import { describe, expect, it } from 'vitest';
import { addGroupErrors, contributionGroups, groupErrorsOfRows, STILL_GROUP, TIME_GROUP, type InputLayout } from './contributions';
import { topContributors } from './incidents';

/** A row's total squared error and each group's share of it, from addGroupErrors. */
function rowContribution(errors: Float32Array, row: number, layout: InputLayout): { total: number; shares: Float64Array } {
  const sums = new Float64Array(contributionGroups(layout).length);
  const total = addGroupErrors(errors, row, layout, sums);
  return { total, shares: sums.map((sum) => (total > 0 ? sum / total : 0)) };
}

// Two metrics, window 2, context: per row [cpu t-1, ram t-1, cpu t, ram t, sinDay, cosDay, sinWeek, cosWeek].
const layout: InputLayout = { features: ['cpu', 'ram'], window: 2, context: true };
const featureErrors = Float32Array.from([
  1, 2, 3, 4, 0.25, 0.25, 0.25, 0.25, // row 0: cpu 4, ram 6, time 1
  0, 0, 0, 0, 0, 0, 0, 0, // row 1: no error at all
  0.5, 0, 0.5, 0, 0, 0, 0, 1, // row 2: cpu 1, ram 0, time 1
]);

describe('contributionGroups', () => {
  it('names the metrics in input order, then the time group when there is context', () => {
    expect(contributionGroups(layout)).toEqual(['cpu', 'ram', TIME_GROUP]);
    expect(contributionGroups({ ...layout, context: false })).toEqual(['cpu', 'ram']);
  });
});

describe('addGroupErrors', () => {
  it('sums each metric over the window steps and the context columns into one group', () => {
    const { total, shares } = rowContribution(featureErrors, 0, layout);
    expect(total).toBe(11);
    expect([...shares]).toEqual([4 / 11, 6 / 11, 1 / 11]);
  });

  it('has shares that sum to 1 and group sums that sum to the row total', () => {
    for (const row of [0, 2]) {
      const { total, shares } = rowContribution(featureErrors, row, layout);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      const sums = new Float64Array(3);
      addGroupErrors(featureErrors, row, layout, sums);
      expect(sums.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
      let direct = 0;
      for (let c = row * 8; c < row * 8 + 8; c++) direct += featureErrors[c];
      expect(total).toBeCloseTo(direct, 6);
    }
  });

  it('gives zero shares to a row without error', () => {
    expect(rowContribution(featureErrors, 1, layout)).toEqual({ total: 0, shares: new Float64Array(3) });
  });

  it('reads a layout without context or window', () => {
    const plain: InputLayout = { features: ['a', 'b', 'c'], window: 1, context: false };
    const { total, shares } = rowContribution(Float32Array.from([9, 9, 9, 1, 2, 1]), 1, plain);
    expect(total).toBe(4);
    expect([...shares]).toEqual([0.25, 0.5, 0.25]);
  });
});

describe('groupErrorsOfRows', () => {
  it('writes every row’s group sums into the preallocated output', () => {
    const out = groupErrorsOfRows(featureErrors, layout, new Float32Array(9));
    expect([...out]).toEqual([4, 6, 1, 0, 0, 0, 1, 0, 1]);
  });

  it('rejects an output or input of the wrong size', () => {
    expect(() => groupErrorsOfRows(featureErrors, layout, new Float32Array(8))).toThrow(RangeError);
    expect(() => groupErrorsOfRows(featureErrors.subarray(1), layout, new Float32Array(9))).toThrow(RangeError);
  });
});

describe('shares of group sums (topContributors)', () => {
  it('divides by the total, and gives nothing a share when there is no error', () => {
    expect(topContributors(['a', 'b'], Float64Array.from([1, 3]), 2)).toEqual([{ name: 'b', share: 0.75 }, { name: 'a', share: 0.25 }]);
    expect(topContributors(['a', 'b'], Float64Array.from([0, 0]), 2)).toEqual([]);
  });
});

describe('contributions with the unchanged-metrics share', () => {
  it('gives it its own group between the metrics and the time group, and shares still sum to 1', () => {
    const layout = { features: ['a', 'b'], window: 1, context: true, stillness: true };
    expect(contributionGroups(layout)).toEqual(['a', 'b', STILL_GROUP, TIME_GROUP]);
    // a, b, unchanged share, then four time columns
    const errors = Float32Array.from([1, 1, 4, 0.5, 0.5, 0.5, 0.5]);
    const { total, shares } = rowContribution(errors, 0, layout);
    expect(total).toBeCloseTo(8);
    expect(Array.from(shares)).toEqual([0.125, 0.125, 0.5, 0.25]);
  });
});
