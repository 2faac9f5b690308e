import { ImportError } from '../../shared/errors';
import { parseUtcDate } from '../time';
import { describeOffset, fromLocal, zoneOffsetMinutes } from './localDates';
import { clip, parseNumber } from './numbers';
import { words } from './sysstatBanner';
import type { PointSink, ToolLines } from './toolRows';

/** vmstat's first header line: `procs -----------memory---------- ---swap-- ...`. */
export const VMSTAT_GROUPS = /^\s*procs\s+-+memory-+/;
/** A zone word at the end of the column header under `-----timestamp-----` (`UTC`, `CET`, `+0530`). */
const ZONE_WORD = /^(?:[A-Z]{2,5}|[+-]\d{4})$/;

/**
 * Reads `vmstat -t N`: the two header lines (repeated every screenful), then rows of numbers that
 * end with `YYYY-MM-DD HH:MM:SS` in the zone named at the end of the column header. Output without
 * `-t` has no times and cannot be imported.
 */
export function vmstatLines(fileName: string): ToolLines {
  let names: string[] | null = null;
  let timestamps = false;
  let offset = 0;
  let zone = '';
  let unknownZone = false;
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      const cells = words(text);
      if (cells.length === 0) return false;
      if (VMSTAT_GROUPS.test(text)) {
        timestamps = text.includes('timestamp');
        return false;
      }
      if (Number.isNaN(parseNumber(cells[0]))) {
        // The column header: `r b swpd free ... st  UTC`.
        const last = cells[cells.length - 1];
        const zoned = timestamps && ZONE_WORD.test(last);
        names = zoned ? cells.slice(0, -1) : cells;
        zone = zoned ? last : '';
        const known = zone === '' ? 0 : zoneOffsetMinutes(zone);
        unknownZone = known === null;
        offset = known ?? 0;
        return false;
      }
      if (names === null) return 'a row of numbers before vmstat’s column header';
      if (!timestamps || cells.length < names.length + 2) {
        throw new ImportError(fileName, line, 'this looks like vmstat output, but its rows have no timestamp; run vmstat with -t (e.g. `vmstat -t 60`) so each row carries its time.');
      }
      const stamp = `${cells[names.length]} ${cells[names.length + 1]}`;
      const local = parseUtcDate(stamp);
      if (Number.isNaN(local)) return `"${clip(stamp)}" is not a vmstat timestamp (YYYY-MM-DD HH:MM:SS)`;
      const time = fromLocal(local, offset);
      for (let i = 0; i < names.length; i++) {
        const value = parseNumber(cells[i]);
        if (Number.isNaN(value)) return `"${clip(cells[i])}" in ${names[i]} is not a number`;
        emit(time, names[i], value);
      }
      return true;
    },
    notes: () => [
      zone === ''
        ? 'vmstat -t output; its header names no zone, so times are read as UTC.'
        : unknownZone
          ? `vmstat -t output; its zone "${zone}" is not one this app knows, so times are read as UTC.`
          : `vmstat -t output; times are in ${zone} (${describeOffset(offset)}).`,
      'Repeated header lines are skipped.',
    ],
  };
}
