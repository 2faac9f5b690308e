import { describe, expect, it } from 'vitest';
import { createRandom } from '../core/random';
import { gatherRows, shuffledOrder, stepBatches, strideSample } from './batches';

describe('shuffledOrder', () => {
  it('is a permutation that repeats for the same seed', () => {
    const order = shuffledOrder(100, createRandom(5));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(order).toEqual(shuffledOrder(100, createRandom(5)));
    expect(order).not.toEqual(shuffledOrder(100, createRandom(6)));
  });
});

describe('stepBatches', () => {
  it('steps on batches [from, to) of the order, the last one short, none past the end', () => {
    const source = { values: Float32Array.from({ length: 14 }, (_, i) => i), rows: 7, cols: 2 };
    const order = Uint32Array.of(6, 5, 4, 3, 2, 1, 0);
    const seen: number[][] = [];
    const samples = stepBatches(source, order, 3, 1, 5, new Float32Array(6), (rows, count) => seen.push(Array.from(rows.subarray(0, count * 2))));
    expect(samples).toBe(4);
    expect(seen).toEqual([
      [6, 7, 4, 5, 2, 3],
      [0, 1],
    ]);
  });
});

describe('gatherRows', () => {
  const matrix = { values: Float32Array.from({ length: 12 }, (_, i) => i), rows: 4, cols: 3 };

  it('copies the ordered rows into the front of the buffer', () => {
    const buffer = new Float32Array(9).fill(-1);
    const rows = gatherRows(matrix, Uint32Array.of(3, 0, 2, 1), 1, 2, buffer);
    expect([...rows]).toEqual([0, 1, 2, 6, 7, 8]);
    expect(rows.buffer).toBe(buffer.buffer);
  });

  it('copies fewer ordered rows than one pass takes', () => {
    const rows = gatherRows(matrix, Uint32Array.of(3, 0, 2, 1), 0, 3, new Float32Array(12).fill(-1));
    expect([...rows]).toEqual([9, 10, 11, 0, 1, 2, 6, 7, 8]);
  });

  it('copies every row count, passes of four and the rest, as row-by-row copying does', () => {
    const big = { values: Float32Array.from({ length: 40 * 5 }, (_, i) => i * 0.5), rows: 40, cols: 5 };
    const order = shuffledOrder(40, createRandom(3));
    for (let count = 1; count <= 11; count++) {
      const expected = Array.from(order.subarray(7, 7 + count)).flatMap((row) => Array.from(big.values.subarray(row * 5, row * 5 + 5)));
      expect([...gatherRows(big, order, 7, count, new Float32Array(60))]).toEqual(expected);
    }
  });

  it('takes rows in sequence without an order', () => {
    expect([...gatherRows(matrix, null, 2, 2, new Float32Array(6))]).toEqual([6, 7, 8, 9, 10, 11]);
  });
});

describe('strideSample', () => {
  it('keeps every k-th row up to the limit and returns small matrices as they are', () => {
    const source = { values: Float32Array.from({ length: 20 }, (_, i) => i), rows: 10, cols: 2 };
    const sample = strideSample(source, 4);
    expect(sample.rows).toBe(4);
    expect(Array.from(sample.values)).toEqual([0, 1, 6, 7, 12, 13, 18, 19]);
    expect(strideSample(source, 10)).toBe(source);
  });
});
