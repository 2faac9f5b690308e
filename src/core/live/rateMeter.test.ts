import { describe, expect, it } from 'vitest';
import { RateMeter } from './rateMeter';

describe('RateMeter', () => {
  it('reports zero before anything is recorded', () => {
    expect(new RateMeter().rate(1000)).toBe(0);
  });

  it('measures a steady rate over the window', () => {
    const meter = new RateMeter(10_000, 20);
    for (let t = 0; t < 30_000; t += 100) meter.record(t, 2); // 20 per second
    expect(meter.rate(29_999)).toBeCloseTo(20, 0);
  });

  it('measures over its age while younger than the window', () => {
    const meter = new RateMeter(10_000, 20);
    for (let t = 0; t < 2000; t += 100) meter.record(t);
    expect(meter.rate(2000)).toBeCloseTo(10, 5);
  });

  it('forgets events that slid out of the window', () => {
    const meter = new RateMeter(10_000, 20);
    meter.record(0, 100);
    expect(meter.rate(5000)).toBeCloseTo(20, 5);
    expect(meter.rate(10_500)).toBe(0);
    meter.record(30_000, 10);
    expect(meter.rate(30_000)).toBeCloseTo(1, 5);
  });

  it('reuses a bucket slot for a later period without keeping its old count', () => {
    const meter = new RateMeter(1000, 4);
    meter.record(0, 5);
    meter.record(1000, 1); // the same slot as time 0, one window later
    expect(meter.rate(1000)).toBeCloseTo(1, 5);
  });

  it('starts over after reset', () => {
    const meter = new RateMeter();
    meter.record(0, 50);
    meter.reset();
    expect(meter.rate(100)).toBe(0);
  });
});
