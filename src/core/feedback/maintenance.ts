import type { MaintenanceWindow } from '../../shared/feedback';
import { formatUtc, MS_PER_DAY, MS_PER_MINUTE, twoDigits, utcDayOfWeek } from '../time';

export const MINUTES_PER_DAY = 1440;
export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_PLURALS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

/** Minutes since 00:00 UTC, fractional (a row at 02:29:30 is 149.5). */
function minuteOfDay(time: number): number {
  return (((time % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE;
}

/**
 * Whether `time` (epoch ms) lies in the window. Recurring windows read the time in UTC, as the app
 * shows times; [from, to) on each day, and a range past midnight belongs to the day it starts on.
 */
export function inMaintenanceWindow(window: MaintenanceWindow, time: number): boolean {
  if (window.kind === 'once') return time >= window.start && time < window.end;
  const minute = minuteOfDay(time);
  const { from, to } = window;
  if (window.kind === 'daily') return from < to ? minute >= from && minute < to : minute >= from || minute < to;
  const day = utcDayOfWeek(time);
  if (from < to) return minute >= from && minute < to && window.days.includes(day);
  // Past midnight: the early part of today belongs to yesterday's window.
  return (minute >= from && window.days.includes(day)) || (minute < to && window.days.includes((day + 6) % 7));
}

/**
 * A test for "inside any of these windows", for the alarm policy (see findIncidents' `suppressed`);
 * undefined without windows, so the common case costs nothing.
 */
export function maintenanceFilter(windows: readonly MaintenanceWindow[] | undefined): ((time: number) => boolean) | undefined {
  if (!windows || windows.length === 0) return undefined;
  return (time) => windows.some((window) => inMaintenanceWindow(window, time));
}

/** "02:00" for 120 minutes; 1440 is "24:00". */
export function formatMinute(minute: number): string {
  return `${twoDigits(Math.floor(minute / 60))}:${twoDigits(minute % 60)}`;
}

/** "02:00", "24:00" → minutes since midnight; NaN when it is not a time of day. */
export function parseMinute(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return Number.NaN;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= MINUTES_PER_DAY ? minute : Number.NaN;
}

/** "Daily 02:00–02:30 UTC", "Sundays (all day, UTC)", "Mon, Fri 22:00–02:00 UTC", "Once 2024-01-04 03:58 – 2024-01-04 04:05 UTC". */
export function describeWindow(window: MaintenanceWindow): string {
  if (window.kind === 'once') return `Once ${formatUtc(window.start).slice(0, 16)} – ${formatUtc(window.end).slice(0, 16)} UTC`;
  const range = `${formatMinute(window.from)}–${formatMinute(window.to)} UTC`;
  if (window.kind === 'daily') return `Daily ${range}`;
  const days = window.days.length === 1 ? WEEKDAY_PLURALS[window.days[0]] : window.days.map((day) => WEEKDAY_NAMES[day]).join(', ');
  return window.from === 0 && window.to === MINUTES_PER_DAY ? `${days} (all day, UTC)` : `${days} ${range}`;
}

const isMinute = (value: unknown, lowest: number, highest: number): boolean => Number.isInteger(value) && (value as number) >= lowest && (value as number) <= highest;

/** What is wrong with a stored or imported window, in words completing "… is …", or null when it can be used. */
export function maintenanceWindowProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const window = value as Record<string, unknown>;
  if (window.kind === 'once') {
    const { start, end } = window;
    if (!Number.isFinite(start) || !Number.isFinite(end)) return 'a one-off window without a valid start and end';
    return (end as number) > (start as number) ? null : 'a one-off window that ends before it starts';
  }
  if (window.kind !== 'daily' && window.kind !== 'weekly') return 'not a window: its kind should be "once", "daily" or "weekly"';
  if (!isMinute(window.from, 0, MINUTES_PER_DAY - 1) || !isMinute(window.to, 1, MINUTES_PER_DAY)) return 'a window whose times of day are not from 00:00 to 24:00';
  if (window.from === window.to) return 'a window that starts and ends at the same time';
  if (window.kind === 'daily') return null;
  const { days } = window;
  if (!Array.isArray(days) || days.length === 0 || !days.every((day) => isMinute(day, 0, 6))) return 'a weekly window without weekdays';
  return new Set(days).size === days.length ? null : 'a weekly window that names a weekday twice';
}

/** Whether two windows cover the same times (so an import does not add one twice). */
export function sameWindow(a: MaintenanceWindow, b: MaintenanceWindow): boolean {
  return windowKey(a) === windowKey(b);
}

function windowKey(window: MaintenanceWindow): string {
  if (window.kind === 'once') return `once ${window.start} ${window.end}`;
  const days = window.kind === 'weekly' ? [...window.days].sort().join(',') : '';
  return `${window.kind} ${days} ${window.from} ${window.to}`;
}

/** `windows` with `added` after them, leaving out those already there. */
export function mergeWindows(windows: readonly MaintenanceWindow[], added: readonly MaintenanceWindow[]): MaintenanceWindow[] {
  const out = [...windows];
  for (const window of added) if (!out.some((known) => sameWindow(known, window))) out.push(window);
  return out;
}
