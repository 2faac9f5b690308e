import { describe, expect, it } from 'vitest';
import { float32Column, float64Column, uint8Column } from './columnBuilder';

describe('ColumnBuilder', () => {
  it('grows by doubling and returns exactly the values pushed', () => {
    const column = float64Column(2);
    for (let i = 0; i < 1000; i++) column.push(i * 1.5);
    const values = column.toArray();
    expect(values).toBeInstanceOf(Float64Array);
    expect(values.length).toBe(1000);
    expect(values[999]).toBe(1498.5);
  });

  it('stores float32 and 0/1 values in their own array types', () => {
    const f = float32Column();
    f.push(0.1);
    const u = uint8Column();
    u.push(1);
    expect(f.toArray()).toEqual(new Float32Array([0.1]));
    expect(u.toArray()).toEqual(new Uint8Array([1]));
  });

  it('fills a late column up to a length and sets values in place', () => {
    const column = float32Column(1);
    column.fillTo(3, NaN);
    column.set(1, 5);
    column.push(7);
    expect(Array.from(column.toArray())).toEqual([NaN, 5, NaN, 7]);
    expect(column.get(1)).toBe(5);
  });
});
