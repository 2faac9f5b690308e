import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { symmetricEigen } from './symmetricEigen';

describe('symmetricEigen', () => {
  it('solves a 2 × 2 case by hand', () => {
    // [[2, 1], [1, 2]] has eigenvalues 3 along (1, 1) and 1 along (1, −1).
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0] * vectors[1]).toBeCloseTo(0.5, 12);
    expect(vectors[2] * vectors[3]).toBeCloseTo(-0.5, 12);
  });

  it('gives orthonormal vectors that rebuild a random 40 × 40 matrix, values sorted', () => {
    const n = 40;
    const random = createRandom(11);
    const m = new Float64Array(n * n);
    for (let p = 0; p < n; p++) for (let q = p; q < n; q++) m[p * n + q] = m[q * n + p] = random.next() - 0.5;
    const { values, vectors } = symmetricEigen(m, n);
    for (let k = 1; k < n; k++) expect(values[k]).toBeLessThanOrEqual(values[k - 1]);
    let worst = 0;
    for (let p = 0; p < n; p++) {
      for (let q = 0; q < n; q++) {
        let rebuilt = 0;
        let dot = 0;
        for (let k = 0; k < n; k++) {
          rebuilt += values[k] * vectors[k * n + p] * vectors[k * n + q];
          dot += vectors[p * n + k] * vectors[q * n + k];
        }
        worst = Math.max(worst, Math.abs(rebuilt - m[p * n + q]), Math.abs(dot - (p === q ? 1 : 0)));
      }
    }
    expect(worst).toBeLessThan(1e-10);
  });

  it('rejects a matrix of the wrong size', () => {
    expect(() => symmetricEigen([1, 2, 3], 2)).toThrow(RangeError);
  });
});
