import { describe, expect, it } from 'vitest';
import { MS_PER_DAY, MS_PER_HOUR } from '../time';
import { aheadTolerance, farAheadProblem, isFarAhead } from './futureRows';

const NOW = Date.UTC(2026, 5, 1, 12);
const FAR = Date.parse('9999-12-31T23:59:59Z');

describe('far-future rows', () => {
  it('allow a day, or ten intervals for streams of hours or days', () => {
    expect(aheadTolerance(Number.NaN)).toBe(MS_PER_DAY);
    expect(aheadTolerance(30_000)).toBe(MS_PER_DAY);
    expect(aheadTolerance(MS_PER_DAY)).toBe(10 * MS_PER_DAY);
  });

  it('refuse a row far ahead of the clock, even as the first', () => {
    expect(isFarAhead(FAR, -Infinity, NOW, Number.NaN)).toBe(true);
    expect(isFarAhead(FAR, NOW - 30_000, NOW, 30_000)).toBe(true);
    expect(isFarAhead(NOW + 2 * MS_PER_DAY, NOW, NOW, 30_000)).toBe(true);
  });

  it('accept a skewed clock or a zone-less local time, and a gap of days in the past', () => {
    expect(isFarAhead(NOW + 14 * MS_PER_HOUR, NOW - 30_000, NOW, 30_000)).toBe(false);
    const lastWeek = NOW - 7 * MS_PER_DAY;
    expect(isFarAhead(NOW - MS_PER_HOUR, lastWeek, NOW, 30_000)).toBe(false);
    expect(isFarAhead(Date.UTC(2024, 2, 1), Date.UTC(2024, 0, 1), NOW, 30_000)).toBe(false);
  });

  it('accept a replay or simulation running ahead of the clock as long as it steps from its last row', () => {
    const ahead = NOW + 30 * MS_PER_DAY;
    expect(isFarAhead(ahead + 5 * 60_000, ahead, NOW, 5 * 60_000)).toBe(false);
    expect(isFarAhead(ahead + 3 * MS_PER_DAY, ahead, NOW, MS_PER_DAY)).toBe(false);
    expect(isFarAhead(ahead + 2 * MS_PER_DAY, ahead, NOW, 5 * 60_000)).toBe(true);
  });

  it('say what came and why it was skipped', () => {
    expect(farAheadProblem(FAR, 30_000)).toBe(
      'Skipped a row timed 9999-12-31 23:59:59 UTC: more than 1 day ahead of both the stream’s last row and this computer’s clock.',
    );
    expect(farAheadProblem(1e20, MS_PER_DAY)).toMatch(/^Skipped a row timed 100000000000000000000 ms since 1970: more than 10 days ahead/);
  });
});
