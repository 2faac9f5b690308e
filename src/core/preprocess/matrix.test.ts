import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/errors';
import { PREPROCESSING_VERSION, type Preprocessing } from '../../shared/preprocessing';
import { contextFeatures } from './context';
import { allRows, buildMatrix, STILL_RUN, STILL_SCALE } from './matrix';
import { ramp, tinyDataset } from './testData';

/** cpu 0..9 scaled by /10, ram 100..109 scaled to (v - 100) / 20. */
const ds = tinyDataset({ cpu: ramp(10), ram: ramp(10, 100) });
const prep = (over: Partial<Preprocessing> = {}): Preprocessing => {
  const p: Preprocessing = { version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 100], max: [10, 120], context: false, window: 1, inputWidth: 2, ...over };
  return { ...p, inputWidth: p.features.length * p.window + (p.context ? 4 : 0) };
};
const rowOf = (m: { values: Float32Array; cols: number }, i: number) => Array.from(m.values.subarray(i * m.cols, (i + 1) * m.cols));

describe('buildMatrix', () => {
  it('lays rows out row-major, features in preprocessing order, scaled', () => {
    const { matrix, rows } = buildMatrix(ds, prep(), Uint32Array.of(0, 4, 9));
    expect(matrix.rows).toBe(3);
    expect(matrix.cols).toBe(2);
    expect(matrix.values.length).toBe(6);
    expect(Array.from(rows)).toEqual([0, 4, 9]);
    expect(rowOf(matrix, 1)[0]).toBeCloseTo(0.4, 6);
    expect(rowOf(matrix, 1)[1]).toBeCloseTo(0.2, 6);
    const swapped = buildMatrix(ds, prep({ features: ['ram', 'cpu'], min: [100, 0], max: [120, 10] }), Uint32Array.of(4)).matrix;
    expect(rowOf(swapped, 0)[0]).toBeCloseTo(0.2, 6);
  });

  it('does not clip values beyond the training range', () => {
    const { matrix } = buildMatrix(ds, prep({ max: [5, 120] }), Uint32Array.of(9));
    expect(matrix.values[0]).toBeCloseTo(1.8, 6);
  });

  it('with window 3: width features × 3, oldest step first, first two rows skipped', () => {
    const { matrix, rows } = buildMatrix(ds, prep({ window: 3 }), allRows(10));
    expect(matrix.cols).toBe(6);
    expect(matrix.rows).toBe(8);
    expect(Array.from(rows)).toEqual(ramp(8, 2));
    const expected = [3, 4, 5].flatMap((r) => [r / 10, r / 20]);
    rowOf(matrix, 3).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6)); // dataset row 5
  });

  it('appends the context of the window’s last row after the features', () => {
    const { matrix } = buildMatrix(ds, prep({ window: 2, context: true }), Uint32Array.of(7));
    expect(matrix.cols).toBe(2 * 2 + 4);
    const expected = contextFeatures(ds.timestamps[7]).map((x) => (x + 1) / 2);
    rowOf(matrix, 0).slice(4).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  });

  it('skips rows whose window covers a forward-filled row or a non-finite value', () => {
    const gappy = tinyDataset({ cpu: [0, 1, 2, 3, NaN, 5, 6, 7, 8, 9], ram: ramp(10, 100) }, { missing: ramp(10).map((i) => (i === 7 ? 1 : 0)) });
    const { matrix, rows } = buildMatrix(gappy, prep({ window: 2 }), allRows(10));
    expect(Array.from(rows)).toEqual([1, 2, 3, 6, 9]);
    expect(matrix.rows).toBe(5);
    expect(matrix.values.length).toBe(5 * 4);
    expect(rowOf(matrix, 3)[0]).toBeCloseTo(0.5, 6); // row 6's window starts at row 5
    expect(matrix.values.every(Number.isFinite)).toBe(true);
  });

  it('gives each row the same window whether built with its neighbours or alone (consecutive rows share their steps)', () => {
    const cpu = ramp(40).map((i) => (i === 11 ? Infinity : i % 17 === 3 ? NaN : Math.sin(i)));
    const gappy = tinyDataset({ cpu, ram: ramp(40, 100) }, { missing: ramp(40).map((i) => (i === 25 ? 1 : 0)) });
    const layout = prep({ window: 3, context: true, stillness: true });
    const all = buildMatrix(gappy, { ...layout, inputWidth: layout.inputWidth + 1 }, allRows(40));
    all.rows.forEach((row, i) => {
      const alone = buildMatrix(gappy, { ...layout, inputWidth: layout.inputWidth + 1 }, Uint32Array.of(row)).matrix;
      expect(rowOf(all.matrix, i)).toEqual(rowOf(alone, 0));
    });
    expect(Array.from(all.rows)).not.toContain(13); // row 11's infinity is in its window
  });

  it('returns an empty matrix for no rows', () => {
    const { matrix, rows } = buildMatrix(ds, prep(), new Uint32Array(0));
    expect([matrix.rows, matrix.cols, matrix.values.length, rows.length]).toEqual([0, 2, 0, 0]);
  });

  it('refuses a dataset that lacks a feature the model was trained on', () => {
    expect(() => buildMatrix(ds, prep({ features: ['cpu', 'disk'] }), allRows(10))).toThrow(ConfigError);
  });
});

describe('buildMatrix with the unchanged-metrics share', () => {
  const preprocessing: Preprocessing = { version: PREPROCESSING_VERSION, features: ['a', 'b'], min: [0, 0], max: [10, 10], context: true, window: 1, stillness: true, inputWidth: 7 };
  const shares = (dataset: ReturnType<typeof tinyDataset>, rows: number[]) => {
    const { matrix } = buildMatrix(dataset, preprocessing, rows);
    expect(matrix.cols).toBe(7);
    return rows.map((_, i) => matrix.values[i * 7 + 2] / STILL_SCALE);
  };

  it('writes the scaled share of metrics unchanged over the last STILL_RUN rows after the metrics, before the time features', () => {
    expect(STILL_RUN).toBe(3);
    const dataset = tinyDataset({ a: [1, 1, 1, 2, 2, 2], b: [5, 6, 6, 6, 6, 7] });
    expect(shares(dataset, [0, 1, 2, 3, 4, 5]).map((v) => Math.round(v * 100) / 100)).toEqual([0, 0, 0.5, 0.5, 0.5, 0.5]);
  });

  it('never counts a run through a filled-in row as unchanged', () => {
    const dataset = tinyDataset({ a: [1, 1, 1, 1, 1], b: [2, 2, 2, 2, 2] }, { missing: [0, 1, 0, 0, 0] });
    // Row 1 is filled (and not scored); rows 2 and 3 have it in their run; row 4 does not.
    expect(shares(dataset, [2, 3, 4]).map((v) => Math.round(v * 100) / 100)).toEqual([0, 0, 1]);
  });
});
