import { describe, expect, it } from 'vitest';
import { RowAssembler } from './rowAssembler';

const row = (timestamp: number, values: Record<string, number>) => ({ timestamp, values });

describe('RowAssembler', () => {
  it('merges parts of one time and completes the row when a later time arrives', () => {
    const a = new RowAssembler();
    expect(a.push(row(0, { CPU: 1 }))).toEqual([]);
    expect(a.push(row(0, { RAM: 2 }))).toEqual([]);
    expect(a.push(row(30, { CPU: 3 }))).toEqual([row(0, { CPU: 1, RAM: 2 })]);
    expect(a.flush()).toEqual([row(30, { CPU: 3 })]);
    expect(a.flush()).toEqual([]);
  });

  it('completes a row as soon as it holds the expected number of values', () => {
    const a = new RowAssembler(2);
    expect(a.push(row(0, { CPU: 1 }))).toEqual([]);
    expect(a.push(row(0, { RAM: 2 }))).toEqual([row(0, { CPU: 1, RAM: 2 })]);
    expect(a.push(row(30, { cpu: 1, ram: 2, disk: 3 }))).toEqual([row(30, { cpu: 1, ram: 2, disk: 3 })]);
  });

  it('hands on an incomplete row when the time moves on', () => {
    const a = new RowAssembler(3);
    a.push(row(0, { CPU: 1 }));
    expect(a.push(row(30, { CPU: 2 }))).toEqual([row(0, { CPU: 1 })]);
  });

  it("never changes the caller's objects", () => {
    const a = new RowAssembler();
    const first = row(0, { CPU: 1 });
    a.push(first);
    a.push(row(0, { RAM: 2 }));
    expect(first.values).toEqual({ CPU: 1 });
  });
});
