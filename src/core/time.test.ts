import { describe, expect, it } from 'vitest';
import { addUtcMonths, formatUtc, parseUtcDate, utcDayOfWeek, utcHourOfDay } from './time';

describe('time helpers', () => {
  it('parses dates and date-times as UTC unless a zone is given', () => {
    expect(parseUtcDate('2024-01-01')).toBe(Date.UTC(2024, 0, 1));
    expect(parseUtcDate('2024-01-01 12:30:15')).toBe(Date.UTC(2024, 0, 1, 12, 30, 15));
    expect(parseUtcDate('2024-01-01T12:30:15.250Z')).toBe(Date.UTC(2024, 0, 1, 12, 30, 15, 250));
    expect(parseUtcDate('2024-01-01T12:30:00+02:00')).toBe(Date.UTC(2024, 0, 1, 10, 30));
    for (const bad of ['2024-02-30', '2024-13-01', '01/02/2024', '', '2024-01-01 25:00:00']) expect(parseUtcDate(bad)).toBeNaN();
  });

  it('formats as the log files do', () => {
    expect(formatUtc(Date.UTC(2024, 6, 9, 3, 4, 5))).toBe('2024-07-09 03:04:05');
  });

  it('adds calendar months, clamping the day', () => {
    expect(addUtcMonths(Date.UTC(2024, 0, 1), 6)).toBe(Date.UTC(2024, 6, 1));
    expect(addUtcMonths(Date.UTC(2024, 0, 31), 1)).toBe(Date.UTC(2024, 1, 29));
    expect(addUtcMonths(Date.UTC(2024, 0, 1), 0.5)).toBe(Date.UTC(2024, 0, 16));
  });

  it('knows the hour and the weekday', () => {
    expect(utcDayOfWeek(Date.UTC(2024, 0, 1))).toBe(1); // a Monday
    expect(utcDayOfWeek(Date.UTC(2024, 0, 7))).toBe(0);
    expect(utcHourOfDay(Date.UTC(2024, 0, 1, 13, 30))).toBe(13.5);
  });
});
