import { describe, expect, it } from 'vitest';
import { MS_PER_DAY as DAY_MS, MS_PER_HOUR as HOUR_MS } from './time';
import {
  clampWindow, formatTimeTick, formatUtcMinute, isoDay, monthRanges, panWindow, timeTicks, utcDayWindow, zoomOutWindow,
} from './timeBuckets';

function every(start: number, end: number, step: number): Float64Array {
  const out: number[] = [];
  for (let t = start; t < end; t += step) out.push(t);
  return Float64Array.from(out);
}

describe('monthRanges', () => {
  it('splits rows at UTC month boundaries across January and February', () => {
    const ts = every(Date.UTC(2024, 0, 31, 22), Date.UTC(2024, 1, 1, 2), HOUR_MS);
    const months = monthRanges(ts);
    expect(months.map((m) => m.label)).toEqual(['January 2024', 'February 2024']);
    expect(months[0]).toMatchObject({ key: '2024-01', from: 0, to: 2, start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) });
    expect(months[1]).toMatchObject({ key: '2024-02', from: 2, to: 4 });
    expect(ts[months[1].from]).toBe(Date.UTC(2024, 1, 1));
  });

  it('covers six months of 30 s rows with no row lost or repeated', () => {
    const ts = every(Date.UTC(2024, 0, 1), Date.UTC(2024, 6, 1), 30_000);
    const months = monthRanges(ts);
    expect(months).toHaveLength(6);
    expect(months[1].to - months[1].from).toBe(29 * 2880); // 2024 is a leap year
    expect(months[0].from).toBe(0);
    for (let i = 1; i < months.length; i++) expect(months[i].from).toBe(months[i - 1].to);
    expect(months[5].to).toBe(ts.length);
  });

  it('crosses a year and skips months without rows', () => {
    const ts = Float64Array.from([Date.UTC(2023, 11, 31, 23, 59), Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 5)]);
    expect(monthRanges(ts).map((m) => m.key)).toEqual(['2023-12', '2024-01', '2024-03']);
    expect(monthRanges(new Float64Array(0))).toEqual([]);
  });
});

describe('days and formatting', () => {
  it('reads an ISO date as a UTC day', () => {
    expect(utcDayWindow('2024-02-29')).toEqual({ start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 1) });
    expect(utcDayWindow('2023-02-29')).toBeNull();
    expect(utcDayWindow('')).toBeNull();
  });

  it('formats in UTC', () => {
    const t = Date.UTC(2024, 0, 5, 13, 7);
    expect(isoDay(t)).toBe('2024-01-05');
    expect(formatUtcMinute(t)).toBe('2024-01-05 13:07');
    expect(formatTimeTick(t, HOUR_MS)).toBe('13:07');
    expect(formatTimeTick(Date.UTC(2024, 0, 5), HOUR_MS)).toBe('Jan 5');
    expect(formatTimeTick(t, DAY_MS)).toBe('Jan 5');
  });
});

describe('zoom windows', () => {
  const bounds = { start: 0, end: 100 };

  it('clamps by sliding, with a minimum span', () => {
    expect(clampWindow({ start: -10, end: 10 }, bounds)).toEqual({ start: 0, end: 20 });
    expect(clampWindow({ start: 95, end: 96 }, bounds, 10)).toEqual({ start: 90, end: 100 });
    expect(clampWindow({ start: -50, end: 500 }, bounds)).toEqual(bounds);
  });

  it('zooms out around the centre and stops at the bounds', () => {
    expect(zoomOutWindow({ start: 40, end: 60 }, bounds)).toEqual({ start: 30, end: 70 });
    expect(zoomOutWindow({ start: 0, end: 20 }, bounds)).toEqual({ start: 0, end: 40 });
    expect(zoomOutWindow({ start: 10, end: 90 }, bounds)).toEqual(bounds);
  });

  it('zooms in with a factor below one', () => {
    expect(zoomOutWindow({ start: 20, end: 60 }, bounds, 0.5)).toEqual({ start: 30, end: 50 });
  });

  it('pans by a share of the width without leaving the bounds', () => {
    expect(panWindow({ start: 40, end: 60 }, bounds, 0.5)).toEqual({ start: 50, end: 70 });
    expect(panWindow({ start: 10, end: 30 }, bounds, -1)).toEqual({ start: 0, end: 20 });
  });
});

describe('timeTicks', () => {
  it('uses weekly ticks from the 1st for a month', () => {
    const { ticks, step } = timeTicks(Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1), 8);
    expect(step).toBe(7 * DAY_MS);
    expect(ticks.map((t) => new Date(t).getUTCDate())).toEqual([1, 8, 15, 22]);
  });

  it('uses round hours for a day', () => {
    const { ticks, step } = timeTicks(Date.UTC(2024, 0, 5), Date.UTC(2024, 0, 6), 8);
    expect(step).toBe(3 * HOUR_MS);
    expect(ticks).toHaveLength(8);
    expect(ticks[1]).toBe(Date.UTC(2024, 0, 5, 3));
  });
});
