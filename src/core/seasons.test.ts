import { describe, expect, it } from 'vitest';
import { seasonFor, slotOf } from './seasons';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('seasonFor', () => {
  it('has no season when the rows span too few periods to tell', () => {
    expect(seasonFor(2 * DAY, 5 * MINUTE)).toBeNull();
    expect(seasonFor(5 * DAY, 5 * MINUTE)).toEqual({ periodMs: DAY, slotMs: 5 * MINUTE });
    expect(seasonFor(30 * DAY, 30_000)).toEqual({ periodMs: 7 * DAY, slotMs: 5 * MINUTE });
  });

});

describe('slotOf', () => {
  it('puts the same time of day in the same slot on any day, before 1970 too', () => {
    const season = { periodMs: DAY, slotMs: 5 * MINUTE };
    const at320 = (3 * 60 + 20) * MINUTE;
    expect(slotOf(at320, season)).toBe(40);
    expect(slotOf(at320 + 400 * DAY, season)).toBe(40);
    expect(slotOf(at320 - 3 * DAY, season)).toBe(40);
  });
});
