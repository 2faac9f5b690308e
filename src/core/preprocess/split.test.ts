import { describe, expect, it } from 'vitest';
import { splitRows as splitAnyRows } from './split';
import { ramp, tinyDataset } from './testData';

const rows = (a: Uint32Array): number[] => Array.from(a);
// One row per window unless a case says otherwise, so row counts read plainly.
const splitRows: typeof splitAnyRows = (dataset, options = {}) => splitAnyRows(dataset, { window: 1, ...options });

describe('splitRows', () => {
  it('trains on the first 80 % of rows and validates on the last 20 % by default', () => {
    const split = splitRows(tinyDataset({ cpu: ramp(100) }));
    expect(rows(split.train)).toEqual(ramp(80));
    expect(rows(split.validation)).toEqual(ramp(20, 80));
  });

  it('honours another validation share, and 0 keeps every row for training', () => {
    const ds = tinyDataset({ cpu: ramp(10) });
    expect(splitRows(ds, { validationSplit: 0.3 }).train.length).toBe(7);
    expect(splitRows(ds, { validationSplit: 0 }).validation.length).toBe(0);
  });

  it('leaves out forward-filled rows and splits the rest', () => {
    const missing = ramp(10).map((i) => (i === 2 || i === 3 ? 1 : 0));
    const split = splitRows(tinyDataset({ cpu: ramp(10) }, { missing }), { validationSplit: 0.25 });
    expect(rows(split.train)).toEqual([0, 1, 4, 5, 6, 7]);
    expect(rows(split.validation)).toEqual([8, 9]);
    expect(split.excluded).toEqual({ missing: 2, labelled: 0, invalid: 0 });
  });

  it('keeps labelled rows unless excludeLabelled is set', () => {
    const labels = ramp(10).map((i) => (i >= 6 && i <= 7 ? 3 : 0));
    const ds = tinyDataset({ cpu: ramp(10) }, { labels });
    expect(splitRows(ds).train.length + splitRows(ds).validation.length).toBe(10);
    const split = splitRows(ds, { excludeLabelled: true, validationSplit: 0.25 });
    expect(rows(split.train)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows(split.validation)).toEqual([8, 9]);
    expect(split.excluded.labelled).toBe(2);
  });

  it('leaves out rows with a non-finite value in a chosen feature only', () => {
    const ds = tinyDataset({ cpu: [1, NaN, 3, 4], ram: [1, 2, 3, Infinity] });
    expect(rows(splitRows(ds, { features: ['cpu'], validationSplit: 0 }).train)).toEqual([0, 2, 3]);
    expect(splitRows(ds, { validationSplit: 0 }).excluded.invalid).toBe(2);
  });

  it('with a window keeps only rows whose whole window is usable', () => {
    const missing = ramp(12).map((i) => (i === 5 ? 1 : 0));
    const split = splitRows(tinyDataset({ cpu: ramp(12) }, { missing }), { window: 3, validationSplit: 0 });
    // 0 and 1 reach before the start; 5 is missing; 6 and 7 reach back over it.
    expect(rows(split.train)).toEqual([2, 3, 4, 8, 9, 10, 11]);
    expect(split.incompleteWindows).toBe(4);
  });

  it('draws a seeded random validation set when not chronological, both parts ascending', () => {
    const ds = tinyDataset({ cpu: ramp(1000) });
    const a = splitRows(ds, { chronological: false, seed: 7 });
    const b = splitRows(ds, { chronological: false, seed: 7 });
    expect(rows(a.validation)).toEqual(rows(b.validation));
    expect(a.train.length).toBe(800);
    expect(a.validation.length).toBe(200);
    expect(new Set([...a.train, ...a.validation]).size).toBe(1000);
    const sorted = (xs: Uint32Array) => xs.every((x, i) => i === 0 || xs[i - 1] < x);
    expect(sorted(a.train) && sorted(a.validation)).toBe(true);
    // Spread over the whole period rather than the last fifth.
    expect(a.validation[0]).toBeLessThan(200);
  });
});
