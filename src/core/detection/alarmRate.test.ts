import { describe, expect, it } from 'vitest';
import { alarmsPerDay } from './alarmRate';

const HOUR = 3_600_000;

describe('alarmsPerDay', () => {
  it('counts one alarm per burst, and flags inside the cool-down as the same alarm', () => {
    // Two days at one row an hour: bursts at hours 3–4, 9 and 30 (two quiet rows join a burst, as in incidents).
    const scores = Float32Array.from({ length: 48 }, (_, h) => ([3, 4, 9, 30].includes(h) ? 5 : 0));
    expect(alarmsPerDay(scores, 1, HOUR, 0)).toBe(1.5);
    expect(alarmsPerDay(scores, 1, HOUR, 6 * HOUR)).toBe(1);
    expect(alarmsPerDay(scores, 10, HOUR, 0)).toBe(0);
  });

  it('is unknown without reference rows or an interval', () => {
    expect(alarmsPerDay(new Float32Array(0), 1, HOUR, 0)).toBeNaN();
    expect(alarmsPerDay(Float32Array.of(1), 1, 0, 0)).toBeNaN();
  });
});
