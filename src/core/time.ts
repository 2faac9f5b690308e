export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** `YYYY-MM-DD HH:MM:SS` in UTC, the log files' timestamp format. */
export function formatUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${TWO_DIGITS[d.getUTCMonth() + 1]}-${TWO_DIGITS[d.getUTCDate()]} ` +
    `${TWO_DIGITS[d.getUTCHours()]}:${TWO_DIGITS[d.getUTCMinutes()]}:${TWO_DIGITS[d.getUTCSeconds()]}`
  );
}

/** Two-digit strings "00".."99" for allocation-light formatting. */
export function twoDigits(n: number): string {
  return TWO_DIGITS[n];
}

/** Parses `YYYY-MM-DD` or an ISO date-time; a value without a zone is read as UTC. Returns NaN if invalid. */
export function parseUtcDate(text: string): number {
  const trimmed = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(trimmed);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const month = Number(mo) - 1;
  const day = Number(d);
  const ms = Date.UTC(Number(y), month, day, Number(h), Number(mi), Number(s), Number(frac.slice(0, 3).padEnd(3, '0')));
  const check = new Date(ms);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return NaN;
  }
  if (!zone || zone === 'Z') return ms;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return ms - sign * (Number(digits.slice(0, 2)) * MS_PER_HOUR + Number(digits.slice(2)) * MS_PER_MINUTE);
}

/** Adds calendar months in UTC, clamping the day (Jan 31 + 1 month = Feb 29 in a leap year). */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const whole = Math.floor(months);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + whole, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  // A fractional month (e.g. 0.5) adds that share of 30 days.
  return target.getTime() + (months - whole) * 30 * MS_PER_DAY;
}

/** Hour of day (0..24, fractional) in UTC. */
export function utcHourOfDay(ms: number): number {
  return (((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_HOUR;
}

/** Day of week in UTC, 0 = Sunday. */
export function utcDayOfWeek(ms: number): number {
  return (((Math.floor(ms / MS_PER_DAY) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
