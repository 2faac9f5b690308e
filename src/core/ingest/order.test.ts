import { describe, expect, it } from 'vitest';
import { gather, timeOrder } from './order';

const order = (times: number[]) => timeOrder(Float64Array.from(times));

describe('timeOrder', () => {
  it('returns null for rows already in order, ties included', () => {
    expect(order([1, 2, 2, 3])).toBeNull();
    expect(order([])).toBeNull();
    expect(order([5])).toBeNull();
  });

  it('reverses newest-first rows, keeping equal times in file order', () => {
    expect(Array.from(order([4, 3, 3, 1])!)).toEqual([3, 1, 2, 0]);
    expect(Array.from(order([2, 2, 1, 1])!)).toEqual([2, 3, 0, 1]);
  });

  it('sorts shuffled rows stably', () => {
    expect(Array.from(order([3, 1, 2, 1, 3, 0])!)).toEqual([5, 1, 3, 2, 0, 4]);
  });

  it('gathers values into that order', () => {
    const times = Float64Array.from([30, 10, 20]);
    expect(Array.from(gather(times, timeOrder(times)!))).toEqual([10, 20, 30]);
  });
});
