import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { sortFloat32 } from './floatSort';

/** Bit patterns, so −0 and +0 (and NaNs) are told apart. */
const bitsOf = (values: Float32Array) => Array.from(new Uint32Array(values.slice().buffer));

describe('sortFloat32', () => {
  const random = createRandom(11);

  it('gives the native sort order on large arrays with ties, signed zeros, infinities, subnormals and NaN', () => {
    const n = 20_000;
    const values = Float32Array.from({ length: n }, (_, i) => {
      const kind = i % 7;
      if (kind === 0) return random.int(-20, 20) / 4; // ties
      if (kind === 1) return (random.next() - 0.5) * 1e-40; // subnormals
      return (random.next() - 0.5) * 10 ** random.int(-30, 30);
    });
    values.set([-0, 0, -0, Infinity, -Infinity, NaN, 0, NaN], 100);
    const sorted = sortFloat32(values.slice());
    const native = values.slice().sort();
    expect(bitsOf(sorted.subarray(0, n - 2))).toEqual(bitsOf(native.subarray(0, n - 2)));
    expect(Number.isNaN(sorted[n - 1]) && Number.isNaN(sorted[n - 2])).toBe(true);
  });

  it('sorts in place, a subarray too, and leaves small arrays to the native sort', () => {
    const values = Float32Array.from({ length: 5000 }, () => random.next() * 1000 - 500);
    const part = values.subarray(1000, 4000);
    const expected = part.slice().sort();
    expect(sortFloat32(part)).toBe(part);
    expect(Array.from(part)).toEqual(Array.from(expected));
    expect(Array.from(sortFloat32(Float32Array.of(3, -1, 2)))).toEqual([-1, 2, 3]);
  });

  it('keeps an order every key shares a digit of, such as many equal values', () => {
    const values = new Float32Array(10_000).fill(2.5);
    values[1234] = 1;
    const sorted = sortFloat32(values);
    expect(sorted[0]).toBe(1);
    expect(sorted.subarray(1).every((v) => v === 2.5)).toBe(true);
  });
});
