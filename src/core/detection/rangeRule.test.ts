import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { MS_PER_DAY } from '../time';
import { DayRanges, feedbackFloors, foldRangeAlarm, rangeFloors, rowsRangeExcess, withRangeAlarm } from './rangeRule';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1);
const SPEC = { lagsDays: [1, 7], floorShare: 0.1 };
const FLOORS = rangeFloors(SPEC, [0, 0], [100, 100]);

/** Eight days of hourly rows of two metrics: `a(day, hour)` and a flat 50. */
function days(a: (day: number, hour: number) => number, count = 9) {
  const timestamps: number[] = [];
  const columns = [[] as number[], [] as number[]];
  for (let d = 0; d < count; d++) {
    for (let h = 0; h < 24; h++) {
      timestamps.push(T0 + d * MS_PER_DAY + h * HOUR);
      columns[0].push(a(d, h));
      columns[1].push(50);
    }
  }
  return { timestamps, columns };
}

describe('the day-range rule', () => {
  it('says nothing until every lagged day is known', () => {
    const { timestamps, columns } = days((d) => (d === 6 ? 99 : 40));
    const found = rowsRangeExcess(timestamps, columns, SPEC, FLOORS);
    // Day 6 jumps far out of day 5's range, but there is no day a week before it yet.
    expect(Math.max(...found.excess.slice(0, 7 * 24))).toBe(0);
  });

  it('measures a value past both lagged days in margins of the larger of their range and the floor, and names the metric and bound', () => {
    // A disk at 40–41 every day, filled to 70 on day 8 (day 7 and day 1 were ordinary).
    const { timestamps, columns } = days((d, h) => (d === 8 && h === 12 ? 70 : 40 + h / 23));
    const found = rowsRangeExcess(timestamps, columns, SPEC, FLOORS);
    const at = 8 * 24 + 12;
    expect(found.metric[at]).toBe(0);
    expect(found.bound[at]).toBeCloseTo(41, 5);
    // The day's range (1) is below the floor, 10 % of the training range 0–100.
    expect(found.excess[at]).toBeCloseTo((70 - 41) / 10, 5);
    expect(found.excess[at + 1]).toBe(0);
  });

  it('takes a value seen on either lagged day as usual: a weekly job is no alarm', () => {
    // High at 03:00 on days 0 and 7 (Sundays), low on every other day.
    const { timestamps, columns } = days((d, h) => ((d === 0 || d === 7) && h === 3 ? 90 : 10));
    const found = rowsRangeExcess(timestamps, columns, SPEC, FLOORS);
    expect(found.excess[7 * 24 + 3]).toBe(0);
  });

  it('keeps an alarm out of its day’s range: the same excursion the next day alarms again', () => {
    // A disk at 40–41 every day, filled from 60 to 80 over the evening of days 7 and 8.
    const fill = (d: number, h: number) => ((d === 7 || d === 8) && h >= 18 ? 60 + (h - 18) * 4 : 40 + h / 23);
    const { timestamps, columns } = days(fill);
    const found = rowsRangeExcess(timestamps, columns, SPEC, FLOORS);
    const dayAlarms = (d: number) => Array.from(found.excess.slice(d * 24, (d + 1) * 24)).filter((x) => x > 1).length;
    expect(dayAlarms(7)).toBe(6);
    expect(dayAlarms(8)).toBe(6); // had day 7 recorded its fill, day 8's would have been inside that range
    const stream = new DayRanges(SPEC, FLOORS);
    expect(Float32Array.from(timestamps, (t, r) => stream.push(t, [columns[0][r], columns[1][r]]).excess)).toEqual(found.excess);
  });

  it('gives a stream fed in pieces the answers of the whole dataset', () => {
    const { timestamps, columns } = days((d, h) => (d === 8 && h > 5 ? 80 : 30 + ((d * 7 + h) % 5)));
    const whole = rowsRangeExcess(timestamps, columns, SPEC, FLOORS);
    const stream = new DayRanges(SPEC, FLOORS);
    const streamed = timestamps.map((t, r) => stream.push(t, [columns[0][r], columns[1][r]]).excess);
    expect(Float32Array.from(streamed)).toEqual(whole.excess);
  });

  it('judges a dataset day by day exactly as row by row: the same excess, metric and bound on every row', () => {
    const random = createRandom(7);
    const rows = 6000;
    const timestamps: number[] = [];
    let t = T0;
    for (let r = 0; r < rows; r++) {
      // Mostly hours apart, now and then a day or three missing.
      t += random.next() < 0.01 ? MS_PER_DAY * (1 + Math.floor(random.next() * 3)) : HOUR * random.next();
      timestamps.push(t);
    }
    const columns = [0, 1, 2].map((m) => timestamps.map((_, r) => (random.next() < 0.03 ? Number.NaN : m === 2 && r % 500 < 30 ? 500 : 40 + 20 * Math.sin(r / 30 + m) + 10 * random.next())));
    for (const spec of [SPEC, { lagsDays: [1, 2, 3], floorShare: 0.05 }]) {
      const floors = rangeFloors(spec, [0, 0, 0], [100, 100, 100]);
      const whole = rowsRangeExcess(timestamps, columns, spec, floors);
      const byRow = new DayRanges(spec, floors);
      const found = timestamps.map((time, r) => byRow.pushRow(time, columns, r));
      expect(whole.excess).toEqual(Float32Array.from(found, (f) => f.excess));
      expect(whole.metric).toEqual(Int16Array.from(found, (f) => f.metric));
      expect(whole.bound).toEqual(Float32Array.from(found, (f) => f.bound));
      expect(found.filter((f) => f.excess > 1).length).toBeGreaterThan(10); // the comparison saw alarms, not only quiet rows
    }
  });

  it('scores an alarm as that many thresholds, and leaves anything under one margin as the model scored it', () => {
    expect(withRangeAlarm(0.5, 2.5, 2)).toBe(5);
    expect(withRangeAlarm(7, 2.5, 2)).toBe(7);
    expect(withRangeAlarm(0.5, 0.9, 2)).toBe(0.5);
    expect(withRangeAlarm(0.5, 1, 2)).toBe(0.5);
    expect(withRangeAlarm(Number.NaN, 3, 2)).toBeNaN();
  });

  it('learns from rows marked not an anomaly a margin that quiets them, and only them', () => {
    // At noon day 8 jumps to 70, marked normal; day 10 to 68, a like excursion; day 12 to 80, a bigger one.
    const noon: Record<number, number> = { 8: 70, 10: 68, 12: 80 };
    const { timestamps, columns } = days((d, h) => (h === 12 ? (noon[d] ?? 40) : 40), 13);
    const marked = new Uint8Array(timestamps.length);
    marked[8 * 24 + 12] = 1;
    const floors = feedbackFloors(timestamps, columns, SPEC, FLOORS, marked);
    expect(floors[0]).toBeCloseTo(30, 5);
    expect(floors[1]).toBe(FLOORS[1]);
    const before = rowsRangeExcess(timestamps, columns, SPEC, FLOORS);
    const learned = rowsRangeExcess(timestamps, columns, { ...SPEC, floors }, rangeFloors({ ...SPEC, floors }, [0, 0], [100, 100]));
    for (const day of [8, 10, 12]) expect(before.excess[day * 24 + 12]).toBeGreaterThan(1);
    expect(learned.excess[8 * 24 + 12]).toBeLessThanOrEqual(1);
    expect(learned.excess[10 * 24 + 12]).toBeLessThanOrEqual(1);
    expect(learned.excess[12 * 24 + 12]).toBeGreaterThan(1);
  });

  it('puts the alarm’s whole score on the metric that passed its range, expected at the bound', () => {
    const explanations = { metricErrors: Float32Array.from([1, 1, 1, 1]), expected: Float32Array.from([5, 6, 7, 8]), metrics: 2, groups: 3 };
    const score = foldRangeAlarm(0.4, { excess: 3, metric: 1, bound: 41 }, 2, explanations, 1);
    expect(score).toBe(6);
    expect(Array.from(explanations.metricErrors)).toEqual([1, 1, 1, 18]);
    expect(Array.from(explanations.expected)).toEqual([5, 6, 7, 41]);
  });
});
