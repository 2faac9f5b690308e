import { describe, expect, it } from 'vitest';
import { SimClock } from './simClock';

const SIM = Date.UTC(2024, 0, 1);

describe('SimClock', () => {
  it('runs at the given speed from its start', () => {
    const clock = new SimClock(SIM, 1000, 60);
    expect(clock.at(1000)).toBe(SIM);
    expect(clock.at(2000)).toBe(SIM + 60_000);
    expect(new SimClock(SIM, 0).at(500)).toBe(SIM + 500);
  });

  it('stays continuous when the speed changes, and pauses at 0', () => {
    const clock = new SimClock(SIM, 0, 1);
    clock.setSpeed(1000, 3600);
    expect(clock.at(1000)).toBe(SIM + 1000);
    expect(clock.at(2000)).toBe(SIM + 1000 + 3_600_000);
    clock.setSpeed(2000, 0);
    expect(clock.at(9000)).toBe(SIM + 1000 + 3_600_000);
    expect(clock.speed).toBe(0);
  });

  it('refuses a negative or non-finite speed', () => {
    const clock = new SimClock(SIM, 0);
    expect(() => clock.setSpeed(0, -1)).toThrow(RangeError);
    expect(() => clock.setSpeed(0, Infinity)).toThrow(RangeError);
    expect(() => clock.setSpeed(0, NaN)).toThrow(RangeError);
  });
});
