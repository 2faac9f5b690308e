import { parseUtcDate } from '../time';
import { numericDateOrder, parseNumericDate } from './localDates';

/** `Linux 5.15.0-91-generic (web-1) \t01/16/2024 \t_x86_64_\t(4 CPU)`: the first line of sar and iostat. */
const BANNER = /^(?:Linux|SunOS|AIX|HP-UX|Darwin|FreeBSD)\s+\S+\s+\(([^)]*)\)\s+(\S+)/;

/** Columns that name what a row is about (CPU number, interface, device) rather than measure it. */
const KEY_COLUMNS = new Set(['CPU', 'IFACE', 'DEV', 'INTR', 'TTY', 'FCHOST', 'FILESYSTEM', 'MOUNTPOINT', 'BUS', 'IDVENDOR', 'NAME']);

/** What a sysstat banner says: the host and the report's date (epoch ms at 00:00, read as UTC). */
export interface Banner {
  host: string;
  day: number;
  /** Day first in the banner's date, so in iostat's time lines too. */
  dayFirst: boolean;
  /** The date could be read either way round (no day above 12): month first was assumed. */
  ambiguous: boolean;
}

/** The banner of `sar`/`iostat` output, or null for another line. */
export function readBanner(line: string): Banner | null {
  const m = BANNER.exec(line);
  if (m === null) return null;
  const date = m[2];
  const iso = parseUtcDate(date);
  if (!Number.isNaN(iso)) return { host: m[1], day: iso, dayFirst: false, ambiguous: false };
  const order = numericDateOrder([date], 1);
  const dayFirst = order === 'dmy';
  const day = parseNumericDate(date, dayFirst);
  return Number.isNaN(day) ? null : { host: m[1], day, dayFirst, ambiguous: order === 'either' };
}

/** True when the line is a sysstat banner. */
export function isBanner(line: string): boolean {
  return BANNER.test(line);
}

/** Splits a whitespace-aligned line into its words. */
export function words(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(/\s+/);
}

/** The indexes of sar/sadf key columns (CPU, IFACE, DEV, ...) among `names`, from `from` on. */
export function keyColumns(names: readonly string[], from = 0): number[] {
  return names.map((n, i) => (i >= from && KEY_COLUMNS.has(n.toUpperCase()) ? i : -1)).filter((i) => i >= 0);
}

/** `labels` plus a row's key cells as labels (`cpu="0"`, `iface="eth0"`); the all-CPUs row (`all`, sadf's `-1`) gets no cpu label. */
export function keyLabels(names: readonly string[], keys: readonly number[], cells: readonly string[], labels: Record<string, string> = {}): Record<string, string> {
  for (const i of keys) {
    const value = (cells[i] ?? '').trim();
    if (!(names[i] === 'CPU' && (value === '-1' || value === 'all'))) labels[names[i].toLowerCase()] = value;
  }
  return labels;
}
