import { describe, expect, it } from 'vitest';
import { LiveQueue } from './liveQueue';

describe('LiveQueue', () => {
  it('hands rows to the scorer in arrival order, in batches', () => {
    const q = new LiveQueue<number>(10);
    for (let i = 0; i < 5; i++) q.push(i);
    expect(q.takeBatch(2)).toEqual([0, 1]);
    expect(q.takeBatch(10)).toEqual([2, 3, 4]);
    expect(q.takeBatch(10)).toEqual([]);
    expect(q.stats()).toEqual({ received: 5, malformed: 0, dropped: 0, queued: 0, scored: 0 });
  });

  it('drops the oldest rows when full and counts them', () => {
    const q = new LiveQueue<number>(3);
    const dropped = [1, 2, 3, 4, 5].map((i) => q.push(i));
    expect(dropped).toEqual([undefined, undefined, undefined, 1, 2]);
    expect(q.takeBatch(10)).toEqual([3, 4, 5]);
    expect(q.stats()).toMatchObject({ received: 5, dropped: 2, queued: 0 });
  });

  it('keeps its order across the ring buffer wrapping many times', () => {
    const q = new LiveQueue<number>(4);
    const out: number[] = [];
    for (let i = 0; i < 100; i++) {
      q.push(i);
      if (i % 3 === 2) out.push(...q.takeBatch(i % 2 === 0 ? 2 : 4));
    }
    out.push(...q.takeBatch(100));
    expect(out).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(q.stats().dropped).toBe(0);
  });

  it('counts malformed messages and scored rows next to the queue counters', () => {
    const q = new LiveQueue<string>(2);
    q.push('a');
    q.noteMalformed();
    q.noteMalformed(2);
    q.takeBatch(1);
    q.noteScored(1);
    expect(q.stats()).toEqual({ received: 1, malformed: 3, dropped: 0, queued: 0, scored: 1 });
  });

  it('takes nothing for a zero, negative or fractional-below-one batch', () => {
    const q = new LiveQueue<number>(2);
    q.push(1);
    expect(q.takeBatch(0)).toEqual([]);
    expect(q.takeBatch(-3)).toEqual([]);
    expect(q.takeBatch(0.5)).toEqual([]);
    expect(q.size).toBe(1);
  });

  it('empties on clear but keeps the session counters', () => {
    const q = new LiveQueue<number>(2);
    q.push(1);
    q.push(2);
    q.clear();
    expect(q.size).toBe(0);
    q.push(3);
    expect(q.takeBatch(5)).toEqual([3]);
    expect(q.stats().received).toBe(3);
  });

  it('refuses a capacity below one', () => {
    expect(() => new LiveQueue(0)).toThrow(RangeError);
    expect(() => new LiveQueue(2.5)).toThrow(RangeError);
  });
});
