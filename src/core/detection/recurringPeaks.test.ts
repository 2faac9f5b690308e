import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { slotOf, type Season } from '../seasons';
import { recurringPeakFactors } from './recurringPeaks';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const DAY = 86_400_000;
const DAILY: Season = { periodMs: DAY, slotMs: 5 * MINUTE };

/** Six days of one group's errors every minute: noise around 1, plus `extra` where it says. */
function errors(days: number, extra: (time: number, day: number) => number) {
  const rng = createRandom(3);
  const times = Float64Array.from({ length: days * 1440 }, (_, r) => T0 + r * MINUTE);
  const values = Float32Array.from(times, (t) => 0.5 + rng.uniform(0, 1) + extra(t, Math.floor((t - T0) / DAY)));
  return { times, values };
}

const factorAt = (factors: Float64Array, hour: number, minute: number) => factors[slotOf(T0 + hour * 3_600_000 + minute * MINUTE, DAILY)];

describe('recurringPeakFactors', () => {
  it('finds the step of a nightly job that starts at a different minute each night, and nothing else', () => {
    const starts = [2, 17, 9, 24, 13, 5]; // minutes after 02:00
    const { times, values } = errors(6, (t, day) => (Math.abs(t - (T0 + day * DAY + (120 + starts[day]) * MINUTE)) < MINUTE / 2 ? 40 : 0));
    const factors = recurringPeakFactors(values, 1, times, DAILY);
    expect(factorAt(factors, 2, 10)).toBeGreaterThan(10);
    expect(factorAt(factors, 2, 20)).toBeGreaterThan(10);
    for (const [hour, minute] of [[0, 0], [5, 0], [12, 30], [23, 55]]) expect(factorAt(factors, hour, minute)).toBe(1);
  });

  it('leaves a one-off anomaly alone: it does not recur', () => {
    const { times, values } = errors(6, (t) => (t >= T0 + 3 * DAY + 600 * MINUTE && t < T0 + 3 * DAY + 640 * MINUTE ? 40 : 0));
    expect(Math.max(...recurringPeakFactors(values, 1, times, DAILY))).toBe(1);
  });

  it('needs three periods before a peak counts as recurring', () => {
    const { times, values } = errors(2, (t, day) => (t === T0 + day * DAY + 130 * MINUTE ? 40 : 0));
    expect(Math.max(...recurringPeakFactors(values, 1, times, DAILY))).toBe(1);
  });

  it('keeps groups apart', () => {
    const { times, values: one } = errors(6, (t, day) => (t === T0 + day * DAY + 130 * MINUTE ? 40 : 0));
    const two = new Float32Array(one.length * 2);
    one.forEach((v, r) => {
      two[2 * r] = 1;
      two[2 * r + 1] = v;
    });
    const factors = recurringPeakFactors(two, 2, times, DAILY);
    const slots = factors.length / 2;
    expect(Math.max(...factors.subarray(0, slots))).toBe(1);
    expect(Math.max(...factors.subarray(slots))).toBeGreaterThan(10);
  });
});
