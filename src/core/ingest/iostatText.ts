import { ImportError } from '../../shared/errors';
import { parseUtcDate } from '../time';
import { parseNumericDate } from './localDates';
import { clip, valueOrReason } from './numbers';
import { seriesName } from './seriesName';
import { readBanner, words, type Banner } from './sysstatBanner';
import type { PointSink, ToolLines } from './toolRows';

/** `01/16/2024 10:00:01 AM`, `16/01/24 10:00:01` or ISO `2024-01-16T10:00:01+0000` (S_TIME_FORMAT=ISO). */
const TIME_LINE = /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d{2}:\d{2}(?:\s*[AaPp][Mm])?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}\S*)\s*$/;

/**
 * Reads `iostat -x -t` (and `-c`/`-d`): the banner, then per report a time line, an `avg-cpu:` header
 * with one row of CPU shares, and a `Device` header with one row per device until a blank line.
 * CPU shares keep their names (`%iowait`); device columns are labelled (`r/s{device="sda"}`).
 */
export function iostatLines(fileName: string): ToolLines {
  let banner: Banner | null = null;
  let time = NaN;
  let zoned = false;
  let section: 'cpu' | 'device' | null = null;
  let names: string[] = [];
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      const cells = words(text);
      if (cells.length === 0) {
        section = null;
        return false;
      }
      if (banner === null) {
        banner = readBanner(text);
        if (banner === null) throw new ImportError(fileName, line, 'this looks like iostat output, but its first line is no "Linux <version> (<host>) <date> ..." banner.');
        return false;
      }
      if (TIME_LINE.test(text)) {
        const t = text.trim();
        const iso = parseUtcDate(t);
        zoned = !Number.isNaN(iso) && /[+-]\d{2}:?\d{2}$|Z$/.test(t);
        time = Number.isNaN(iso) ? parseNumericDate(t, banner.dayFirst) : iso;
        return Number.isNaN(time) ? `"${clip(t)}" is not a time` : false;
      }
      if (cells[0] === 'avg-cpu:' || /^Device:?$/.test(cells[0])) {
        section = cells[0] === 'avg-cpu:' ? 'cpu' : 'device';
        names = cells.slice(1);
        return false;
      }
      if (section === null) return `"${clip(text.trim())}" is neither a header nor a row of values`;
      if (Number.isNaN(time)) {
        throw new ImportError(fileName, line, 'this looks like iostat output, but its reports carry no time; run iostat with -t (e.g. `iostat -x -t 60`).');
      }
      const device = section === 'device' ? cells[0] : null;
      const values = device === null ? cells : cells.slice(1);
      for (let i = 0; i < names.length; i++) {
        const value = valueOrReason(values[i] ?? '', names[i]);
        if (typeof value === 'string') return value;
        emit(time, seriesName(names[i], device === null ? {} : { device }), value);
      }
      return true;
    },
    notes: () => [
      `iostat report${banner ? ` from ${banner.host}` : ''}: ${zoned ? 'times carry their offset' : 'times have no zone, so they are read as UTC'}; the first report covers the time since boot.`,
    ],
  };
}
