import { MS_PER_MINUTE } from '../time';

/** `16.01.2024`, `01/16/2024`, `16-01-24`, then optionally `23:59[:00[.000]]` and `AM`/`PM`. */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?))?$/;
/** Kibana's `Jan 16, 2024 @ 23:59:00.000` (and the same without the `@`). */
const MONTH_NAME_DATE = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})(?: @|,)? (\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone abbreviations whose offset is unambiguous (minutes east of UTC); `IST` and `CST` mean several. */
const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780,
};

/**
 * Milliseconds since midnight of `23:59:00`, `11:59:00.250 PM` or `12:00 AM` (midnight); NaN when the
 * text is no valid clock time. A 12-hour time must lie in 1..12.
 */
export function parseClock(text: string): number {
  const m = CLOCK.exec(text.trim());
  if (m === null) return NaN;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  const ms = Math.floor(Number(`0.${m[4] ?? 0}`) * 1000);
  if (m[5] !== undefined) {
    if (h < 1 || h > 12) return NaN;
    // 12 AM is midnight and 12 PM noon.
    h = (h % 12) + (m[5].toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return NaN;
  return (h * 60 + min) * MS_PER_MINUTE + s * 1000 + ms;
}

/** Epoch ms of a calendar day in UTC, NaN when the day does not exist (31.02.); two-digit years are 20YY. */
function utcDay(year: number, month: number, day: number): number {
  const y = year < 100 ? 2000 + year : year;
  const ms = Date.UTC(y, month - 1, day);
  const check = new Date(ms);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? ms : NaN;
}

/**
 * Epoch ms of a spreadsheet date (`16.01.2024 23:59`, `01/16/2024 11:59:00 PM`), day first or month
 * first as told; written without a zone, so read as UTC. NaN for anything else.
 */
export function parseNumericDate(cell: string, dayFirst: boolean): number {
  const m = NUMERIC_DATE.exec(cell.trim());
  if (m === null) return NaN;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const day = utcDay(Number(m[4]), dayFirst ? b : a, dayFirst ? a : b);
  return m[5] === undefined ? day : day + parseClock(m[5]);
}

/** Epoch ms of Kibana's `Jan 16, 2024 @ 23:59:00.000` (no zone: read as UTC); NaN for anything else. */
export function parseMonthNameDate(cell: string): number {
  const m = MONTH_NAME_DATE.exec(cell.trim());
  if (m === null) return NaN;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  if (month < 0) return NaN;
  return utcDay(Number(m[3]), month + 1, Number(m[2])) + parseClock(m[4]);
}

/** Which way numeric dates are written, from sample cells: null when they are no such dates. */
export type DateOrder = 'dmy' | 'mdy' | 'either';

/**
 * The order of `DD.MM.YYYY` / `MM/DD/YYYY` dates in `cells` (at least `need` of them must be such
 * dates): a dot means day first, a first number above 12 day first, a second above 12 month first,
 * and `either` when no cell tells (then the user is asked).
 */
export function numericDateOrder(cells: string[], need: number): DateOrder | null {
  const dates = cells.map((cell) => NUMERIC_DATE.exec(cell.trim())).filter((m) => m !== null);
  if (dates.length < need) return null;
  const dayFirst = dates.filter((m) => !Number.isNaN(parseNumericDate(m[0], true)));
  const monthFirst = dates.filter((m) => !Number.isNaN(parseNumericDate(m[0], false)));
  if (dates.some((m) => m[2] === '.') || monthFirst.length < need) return dayFirst.length >= need ? 'dmy' : null;
  if (dayFirst.length < need) return 'mdy';
  return 'either';
}

/** True when (nearly) all cells are Kibana-style dates. */
export function isMonthNameDates(cells: string[], need: number): boolean {
  return cells.filter((cell) => !Number.isNaN(parseMonthNameDate(cell))).length >= need;
}

/** Minutes east of UTC for a zone written `UTC`, `CET`, `+0530` or `-05:00`; null when unknown or ambiguous. */
export function zoneOffsetMinutes(zone: string): number | null {
  const z = zone.trim();
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (numeric !== null) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[z.toUpperCase()] ?? null;
}

/** An offset in words for the notes: `UTC`, `UTC+05:30`, `UTC-04:00`. */
export function describeOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** Converts a local time read as if UTC to the real UTC instant, given the zone's minutes east of UTC. */
export function fromLocal(ms: number, offsetMinutes: number): number {
  return ms - offsetMinutes * MS_PER_MINUTE;
}
