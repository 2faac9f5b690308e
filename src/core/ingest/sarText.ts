import { ImportError } from '../../shared/errors';
import { MS_PER_DAY } from '../time';
import { parseClock } from './localDates';
import { clip, parseNumber, valueOrReason } from './numbers';
import { seriesName } from './seriesName';
import { keyColumns, keyLabels, readBanner, words, type Banner } from './sysstatBanner';
import type { PointSink, ToolLines } from './toolRows';

const SUMMARY = /^(?:Average|Summary|Moyenne|Durchschn)\w*:/i;
const MERIDIEM = /^[AaPp]\.?[Mm]\.?$/;

/** The clock at the start of a sar line (`12:10:01 AM` or `00:10:01`) and how many words it took. */
function clockOf(cells: string[]): { ms: number; used: number } | null {
  const twelve = cells.length > 1 && MERIDIEM.test(cells[1]);
  const ms = parseClock(twelve ? `${cells[0]} ${cells[1]}` : cells[0]);
  return Number.isNaN(ms) ? null : { ms, used: twelve ? 2 : 1 };
}

/**
 * Reads `sar` text reports (`sar -u`, `-r`, `-n DEV`, `-P ALL`, ...): the banner gives the date, each
 * row starts with a 12- or 24-hour clock (a clock going back means the next day), a header row
 * (repeated, and one per report) names the columns, CPU/IFACE-like columns become labels,
 * `Average:` lines and LINUX RESTART rows are skipped.
 */
export function sarLines(fileName: string): ToolLines {
  let banner: Banner | null = null;
  let names: string[] = [];
  let keys: number[] = [];
  let day = 0;
  let lastClock = -1;
  let summaries = 0;
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      const cells = words(text);
      if (cells.length === 0) return false;
      if (banner === null) {
        banner = readBanner(text);
        if (banner === null) throw new ImportError(fileName, line, 'this looks like sar output, but its first line is no "Linux <version> (<host>) <date> ..." banner with a readable date.');
        day = banner.day;
        return false;
      }
      if (SUMMARY.test(text.trim())) {
        summaries++;
        return false;
      }
      const clock = clockOf(cells);
      if (clock === null) return `"${clip(text.trim())}" does not start with a time`;
      const rest = cells.slice(clock.used);
      if (text.includes('RESTART')) return false;
      if (rest.every((cell) => Number.isNaN(parseNumber(cell)))) {
        // Each report (sar -u -r ...) starts again at the first time of the banner's day.
        if (rest.join(' ') !== names.join(' ')) {
          day = banner.day;
          lastClock = -1;
        }
        names = rest;
        keys = keyColumns(rest);
        return false;
      }
      if (names.length === 0) return 'a row of values before any header row';
      // sar runs past midnight in one file: a clock that goes back is the next day.
      if (lastClock >= 0 && clock.ms < lastClock) day += MS_PER_DAY;
      lastClock = clock.ms;
      const labels = keyLabels(names, keys, rest);
      for (let i = 0; i < names.length; i++) {
        if (keys.includes(i)) continue;
        const value = valueOrReason(rest[i] ?? '', names[i]);
        if (typeof value === 'string') return value;
        emit(day + clock.ms, seriesName(names[i], labels), value);
      }
      return true;
    },
    notes: () => [
      `sar text report${banner ? ` from ${banner.host}` : ''}: dates from the banner${banner?.ambiguous ? ' (read month first, MM/DD/YY)' : ''}, clocks from each row; sar writes no zone, so times are read as UTC.`,
      ...(summaries > 0 ? ['Average: lines are summaries and are skipped.'] : []),
    ],
  };
}
