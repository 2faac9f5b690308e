import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../shared/model';
import { createRandom } from '../random';
import { fitPca, pcaFeatureErrors, pcaScores } from './pca';

const matrix = (rows: number[][]): Matrix => ({ values: Float32Array.from(rows.flat()), rows: rows.length, cols: rows[0].length });

describe('fitPca and pcaScores', () => {
  it('scores the squared distance from the line the training rows lie on', () => {
    const model = fitPca(matrix([[0, 0], [2, 2], [4, 4]]));
    expect(model.componentCount).toBe(1);
    expect(model.explained).toBeCloseTo(1, 12);
    expect(Array.from(model.mean)).toEqual([2, 2]);
    // (1, 3) is (−1, 1) from the mean, wholly across the line: error 2; points on the line score 0.
    const scores = pcaScores(model, matrix([[1, 3], [3, 3], [10, 10]]));
    expect(scores[0]).toBeCloseTo(2, 6);
    expect(scores[1]).toBeCloseTo(0, 6);
    expect(scores[2]).toBeCloseTo(0, 5);
  });

  it('keeps the fewest components that explain the requested share of variance', () => {
    // Every sign pattern of (±3, ±2, ±1): uncorrelated columns with variances in the ratio 9 : 4 : 1.
    const rows: number[][] = [];
    for (const a of [-3, 3]) for (const b of [-2, 2]) for (const c of [-1, 1]) rows.push([a, b, c]);
    const train = matrix(rows);
    const two = fitPca(train);
    expect(two.componentCount).toBe(2); // 9/14 = 0.64 < 0.9 <= 13/14
    expect(two.explained).toBeCloseTo(13 / 14, 12);
    expect(Array.from(two.variances, (v) => v * (7 / 8))).toEqual([expect.closeTo(9, 10), expect.closeTo(4, 10), expect.closeTo(1, 10)]);
    expect(fitPca(train, { varianceToKeep: 0.6 }).componentCount).toBe(1);
    expect(fitPca(train, { varianceToKeep: 1 }).componentCount).toBe(2); // cols − 1: a residual always remains
    expect(pcaScores(two, matrix([[3, 2, 5]]))[0]).toBeCloseTo(25, 5);
  });

  it('scores a single column as the squared deviation from its mean', () => {
    const model = fitPca(matrix([[1], [3]]));
    expect(model.componentCount).toBe(0);
    expect(Array.from(pcaScores(model, matrix([[2], [5]])))).toEqual([0, 9]);
  });

  it('leaves rows with missing values out of the fit and scores them NaN', () => {
    const model = fitPca(matrix([[0, 0], [NaN, 7], [2, 2], [4, 4]]));
    expect(model.rows).toBe(3);
    expect(Array.from(model.mean)).toEqual([2, 2]);
    expect(pcaScores(model, matrix([[NaN, 1]]))[0]).toBeNaN();
    expect(() => fitPca(matrix([[NaN, 1]]))).toThrow(RangeError);
  });

  it('agrees with a plain reconstruction for every number of components', () => {
    const random = createRandom(9);
    const cols = 6;
    const rows = Array.from({ length: 200 }, () => Array.from({ length: cols }, (_, c) => random.next() * (c + 1) + random.next()));
    const train = matrix(rows);
    const probe = rows.slice(0, 5);
    for (let k = 0; k < cols; k++) {
      const model = fitPca(train, { varianceToKeep: 1, maxComponents: k });
      expect(model.componentCount).toBe(k);
      const scores = pcaScores(model, matrix(probe));
      probe.forEach((row, r) => {
        const d = row.map((x, c) => x - model.mean[c]);
        const rebuilt = d.map(() => 0);
        for (let j = 0; j < k; j++) {
          const dir = Array.from(model.directions.subarray(j * cols, (j + 1) * cols));
          const p = dir.reduce((sum, v, c) => sum + v * d[c], 0);
          dir.forEach((v, c) => (rebuilt[c] += p * v));
        }
        expect(scores[r]).toBeCloseTo(d.reduce((sum, x, c) => sum + (x - rebuilt[c]) ** 2, 0), 4);
      });
    }
  });

  it('gives per-metric errors equal, bit for bit, to taking the kept components out one after another', () => {
    const random = createRandom(13);
    const cols = 7;
    const rows = Array.from({ length: 300 }, () => Array.from({ length: cols }, (_, c) => random.next() * (c + 1) + random.next() * 3));
    const probe = rows.slice(0, 40);
    probe[3][2] = NaN;
    for (let k = 0; k < cols; k++) {
      const model = fitPca(matrix(rows), { varianceToKeep: 1, maxComponents: k });
      const errors = pcaFeatureErrors(model, matrix(probe));
      const scores = pcaScores(model, matrix(probe));
      const expected = new Float32Array(probe.length * cols);
      probe.forEach((row, r) => {
        const d = Float64Array.from(row, (x, c) => Math.fround(x) - model.mean[c]); // the matrix holds float32
        for (let j = 0; j < k; j++) {
          let p = 0;
          for (let c = 0; c < cols; c++) p += model.directions[j * cols + c] * d[c];
          for (let c = 0; c < cols; c++) d[c] -= p * model.directions[j * cols + c];
        }
        d.forEach((x, c) => (expected[r * cols + c] = x * x));
        if (r !== 3) expect(errors.subarray(r * cols, (r + 1) * cols).reduce((sum, e) => sum + e, 0)).toBeCloseTo(scores[r], 4);
      });
      expect(Array.from(errors)).toEqual(Array.from(expected));
      // A missing value spreads over the row through the projections, once there are any.
      expect(errors.subarray(3 * cols, 4 * cols).every(Number.isNaN)).toBe(k > 0);
      expect(errors[3 * cols + 2]).toBeNaN();
    }
  });

  it('rejects data with other columns', () => {
    expect(() => pcaScores(fitPca(matrix([[0, 0], [1, 2]])), matrix([[1, 2, 3]]))).toThrow(RangeError);
  });

  // Speed lives in the bench (npm run bench, score rows/s); this checks the sizes a 6-month dataset brings.
  it('fits and scores six months of minutes (524,160 × 19), every score finite', () => {
    const rows = 524_160;
    const cols = 19;
    const random = createRandom(5);
    const values = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const load = random.next();
      for (let c = 0; c < cols; c++) values[r * cols + c] = load * (c % 4) + 0.1 * random.next();
    }
    const data = { values, rows, cols };
    const scores = pcaScores(fitPca(data), data);
    expect(scores).toHaveLength(rows);
    expect(scores.every(Number.isFinite)).toBe(true);
  });
});
