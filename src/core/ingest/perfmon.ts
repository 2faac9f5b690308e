import { ImportError } from '../../shared/errors';
import { describeOffset, fromLocal, parseNumericDate } from './localDates';
import { splitRecord } from './delimitedHeader';
import { clip, valueOrReason } from './numbers';
import { seriesName } from './seriesName';
import type { PointSink, ToolFormat, ToolLines } from './toolRows';

/** `(PDH-CSV 4.0) (Coordinated Universal Time)(0)`: the zone's name and its bias in minutes (UTC = local + bias). */
const PDH = /^\(PDH-[CT]SV [\d.]+\)\s*\((.*)\)\s*\((-?\d+)\)\s*$/;
/** `\\HOST\Object(instance)\Counter`. */
const COUNTER = /^\\\\([^\\]+)\\(.+)$/;

/** True when a head starts with PerfMon's `"(PDH-CSV 4.0) ...` (or `PDH-TSV`) header. */
export function looksLikePerfmon(firstLine: string): boolean {
  return /^"?\(PDH-[CT]SV /.test(firstLine);
}

/** Cells of a line where every cell is quoted (the common case, no papaparse needed). */
function cellsOf(text: string, delimiter: ',' | '\t'): string[] {
  const t = text.trim();
  const between = `"${delimiter}"`;
  if (t.startsWith('"') && t.endsWith('"') && !t.slice(1, -1).split(between).join('').includes('"')) return t.slice(1, -1).split(between);
  return splitRecord(t, delimiter);
}

/**
 * Reads PerfMon / typeperf CSV: the first header cell gives the zone and its bias, counter columns
 * `\\HOST\Object(instance)\Counter` become `Object(instance)\Counter` series with the host as a label,
 * times are `MM/DD/YYYY HH:MM:SS.mmm` local time, and a blank `" "` cell is a missing value.
 */
function perfmonLines(fileName: string): ToolLines {
  let names: string[] | null = null;
  let delimiter: ',' | '\t' = ',';
  let bias = 0;
  let zone = '';
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      if (text.trim() === '') return false;
      if (names === null) delimiter = text.includes('(PDH-TSV') ? '\t' : ',';
      const cells = cellsOf(text, delimiter);
      if (names === null) {
        const pdh = PDH.exec(cells[0]);
        if (pdh === null) {
          throw new ImportError(fileName, line, `this looks like PerfMon CSV, but its first header cell "${clip(cells[0])}" is not "(PDH-CSV 4.0) (zone)(bias)".`);
        }
        zone = pdh[1];
        bias = Number(pdh[2]);
        names = cells.slice(1).map((cell) => {
          const m = COUNTER.exec(cell.trim());
          return m === null ? cell.trim() : seriesName(m[2], { host: m[1] });
        });
        return false;
      }
      // Month first as typeperf writes it; a first number above 12 can only be a day.
      let time = parseNumericDate(cells[0], false);
      if (Number.isNaN(time)) time = parseNumericDate(cells[0], true);
      if (Number.isNaN(time)) return `"${clip(cells[0])}" is not a PerfMon time (MM/DD/YYYY HH:MM:SS.mmm)`;
      time = fromLocal(time, -bias);
      for (let i = 0; i < names.length; i++) {
        const value = valueOrReason(cells[i + 1] ?? '', names[i]);
        if (typeof value === 'string') return value;
        emit(time, names[i], value);
      }
      return true;
    },
    notes: () => [`Times are local to "${zone}" (${describeOffset(-bias)}, from the header's bias of ${bias} minutes); blank " " cells are missing values.`],
  };
}

/** PerfMon / typeperf CSV (and its tab-separated twin) as a tool format. */
export const PERFMON: ToolFormat = { name: 'Windows PerfMon / typeperf CSV', lines: perfmonLines };
