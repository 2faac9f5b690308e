import { describe, expect, it } from 'vitest';
import { numericDateOrder, parseClock, parseMonthNameDate, parseNumericDate, zoneOffsetMinutes } from './localDates';

describe('local date forms', () => {
  it('reads 12- and 24-hour clocks; 12 AM is midnight, 12 PM noon', () => {
    expect(parseClock('00:10:01')).toBe(601_000);
    expect(parseClock('12:10:01 AM')).toBe(601_000);
    expect(parseClock('12:00 PM')).toBe(12 * 3_600_000);
    expect(parseClock('11:59:00.250 pm')).toBe((23 * 60 + 59) * 60_000 + 250);
    expect(parseClock('13:00 PM')).toBeNaN();
    expect(parseClock('24:00')).toBeNaN();
  });

  it('reads day-first and month-first dates as UTC, refusing days that do not exist', () => {
    expect(parseNumericDate('16.01.2024 23:59', true)).toBe(Date.UTC(2024, 0, 16, 23, 59));
    expect(parseNumericDate('01/16/2024 11:59:00 PM', false)).toBe(Date.UTC(2024, 0, 16, 23, 59));
    expect(parseNumericDate('16/01/24', true)).toBe(Date.UTC(2024, 0, 16));
    expect(parseNumericDate('31.02.2024', true)).toBeNaN();
    expect(parseNumericDate('01/16/2024', true)).toBeNaN();
  });

  it('tells the order from the cells, or says either', () => {
    expect(numericDateOrder(['01.02.2024', '02.02.2024'], 2)).toBe('dmy');
    expect(numericDateOrder(['13/01/2024', '01/01/2024'], 2)).toBe('dmy');
    expect(numericDateOrder(['01/13/2024', '01/01/2024'], 2)).toBe('mdy');
    expect(numericDateOrder(['01/02/2024', '02/03/2024'], 2)).toBe('either');
    expect(numericDateOrder(['2024-01-02'], 1)).toBeNull();
  });

  it('reads Kibana dates and zone names', () => {
    expect(parseMonthNameDate('Jan 16, 2024 @ 23:59:00.000')).toBe(Date.UTC(2024, 0, 16, 23, 59));
    expect(parseMonthNameDate('Feb 30, 2024 @ 00:00:00.000')).toBeNaN();
    expect(zoneOffsetMinutes('CEST')).toBe(120);
    expect(zoneOffsetMinutes('+0530')).toBe(330);
    expect(zoneOffsetMinutes('IST')).toBeNull();
  });
});
