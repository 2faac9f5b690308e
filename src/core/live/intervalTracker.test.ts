import { describe, expect, it } from 'vitest';
import { IntervalTracker } from './intervalTracker';

describe('IntervalTracker', () => {
  it('is unknown before any step and the stated interval when given', () => {
    expect(new IntervalTracker().intervalMs).toBeNaN();
    const stated = new IntervalTracker(30_000);
    stated.observe(5);
    expect(stated.intervalMs).toBe(30_000);
  });

  it('learns the median of recent steps, unmoved by one gap', () => {
    const t = new IntervalTracker(null, 5);
    for (const step of [1000, 1000, 900, 3_600_000, 1100]) t.observe(step);
    expect(t.intervalMs).toBe(1000);
    t.observe(1000);
    expect(t.intervalMs).toBe(1000);
  });

  it('averages the middle pair of an even count and ignores steps that are no steps', () => {
    const t = new IntervalTracker();
    t.observe(1000);
    t.observe(2000);
    t.observe(0);
    t.observe(-5);
    t.observe(NaN);
    expect(t.intervalMs).toBe(1500);
  });

  it('forgets steps older than its size', () => {
    const t = new IntervalTracker(null, 3);
    for (const step of [10, 10, 10, 50, 50, 50]) t.observe(step);
    expect(t.intervalMs).toBe(50);
  });
});
