import type { TimeFormat } from '../../shared/ingest';
import { parseUtcDate } from '../time';
import { isMonthNameDates, numericDateOrder, parseMonthNameDate, parseNumericDate } from './localDates';
import { isMissingCell, parseNumberIn } from './numbers';

const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/;
const TIME_NAME = /time|date|^ts$|epoch|^t$/i;
/** Epoch seconds between 1973 and 5138; milliseconds over the same span are 1000 times larger. */
const EPOCH_S = [1e8, 1e11];
const EPOCH_MS = [1e11, 1e14];
/** Share of a column's non-empty sample cells that must agree on a format. */
const AGREEMENT = 0.8;

/** Reads times in one format; caches the date part so `YYYY-MM-DD HH:MM:SS` rows cost a few char reads. */
export class TimeReader {
  /** The last `YYYY-MM-DD` read, as the number YYYYMMDD (-1: none), and its epoch ms. */
  private dayKey = -1;
  private dayMs = NaN;

  /** `format` null reads any supported form, deciding per cell. */
  constructor(private readonly format: TimeFormat | null) {}

  /**
   * Epoch ms of the time in `text[start, end)`, or NaN when it is no valid time. A cell in another
   * supported form than the chosen one (a mapping edited to a different column) is still read.
   */
  read(text: string, start: number, end: number): number {
    const ms = this.readAs(text, start, end);
    return Number.isNaN(ms) && this.format !== null ? this.readAny(text.slice(start, end).trim()) : ms;
  }

  private readAs(text: string, start: number, end: number): number {
    switch (this.format) {
      case 'epoch-s':
        return Math.round(parseNumberIn(text, start, end) * 1000);
      case 'epoch-ms':
        return parseNumberIn(text, start, end);
      case 'datetime':
      case 'iso':
        return this.readDateTime(text, start, end);
      case 'dmy':
      case 'mdy':
        return parseNumericDate(text.slice(start, end), this.format === 'dmy');
      case 'kibana':
        return parseMonthNameDate(text.slice(start, end));
      default:
        return this.readAny(text.slice(start, end).trim());
    }
  }

  /** The whole cell as a time. */
  readCell(cell: string): number {
    return this.read(cell, 0, cell.length);
  }

  private readDateTime(text: string, start: number, end: number): number {
    while (start < end && text.charCodeAt(start) === 32) start++;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const sep = text.charCodeAt(start + 10);
    const fast =
      end - start >= 19 && (sep === 32 || sep === 84) && text.charCodeAt(start + 13) === 58 && text.charCodeAt(start + 16) === 58;
    const tail = fast ? this.readTail(text, start + 19, end) : NaN;
    if (Number.isNaN(tail)) return parseUtcDate(text.slice(start, end));
    const dayMs = this.dayAt(text, start);
    if (Number.isNaN(dayMs)) return NaN;
    const h = twoDigitsAt(text, start + 11);
    const m = twoDigitsAt(text, start + 14);
    const s = twoDigitsAt(text, start + 17);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return NaN;
    return dayMs + ((h * 60 + m) * 60 + s) * 1000 + tail;
  }

  /** Epoch ms of the date at `start`; a `YYYY-MM-DD` is read by char codes and compared as a number, not sliced. */
  private dayAt(text: string, start: number): number {
    const key = dateKeyAt(text, start);
    if (key >= 0 && key === this.dayKey) return this.dayMs;
    this.dayKey = key;
    this.dayMs = parseUtcDate(text.slice(start, start + 10));
    return this.dayMs;
  }

  /**
   * What follows `HH:MM:SS` as a millisecond offset: nothing, `.123`, `Z`, `+01:00`/`-0130` (0 ms,
   * -3 600 000 ms, ...); NaN for anything else, which then takes the general parser.
   */
  private readTail(text: string, i: number, end: number): number {
    let ms = 0;
    if (i < end && text.charCodeAt(i) === 46) {
      let scale = 100;
      for (i++; i < end; i++, scale /= 10) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        ms += d * scale;
      }
      ms = Math.floor(ms);
    }
    if (i === end) return ms;
    const c = text.charCodeAt(i);
    if (c === 90) return i + 1 === end ? ms : NaN;
    if (c !== 43 && c !== 45) return NaN;
    const zh = twoDigitsAt(text, i + 1);
    const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
    const zm = twoDigitsAt(text, i + 3 + colon);
    if (zh < 0 || zm < 0 || i + 5 + colon !== end) return NaN;
    const offset = (zh * 60 + zm) * 60000;
    return c === 43 ? ms - offset : ms + offset;
  }

  private readAny(cell: string): number {
    const date = parseUtcDate(cell);
    if (!Number.isNaN(date)) return date;
    const value = parseNumberIn(cell, 0, cell.length);
    const format = epochFormatOf(value);
    if (format === 'epoch-s') return Math.round(value * 1000);
    return format === 'epoch-ms' ? value : NaN;
  }
}

/** `YYYY-MM-DD` at `i` as the number YYYYMMDD, or -1 for any other text. */
function dateKeyAt(text: string, i: number): number {
  const century = twoDigitsAt(text, i);
  const year = twoDigitsAt(text, i + 2);
  const month = twoDigitsAt(text, i + 5);
  const day = twoDigitsAt(text, i + 8);
  if ((century | year | month | day) < 0 || text.charCodeAt(i + 4) !== 45 || text.charCodeAt(i + 7) !== 45) return -1;
  return ((century * 100 + year) * 100 + month) * 100 + day;
}

function twoDigitsAt(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** 'epoch-s' or 'epoch-ms' by magnitude (~1e9 is seconds, ~1e12 milliseconds), else null. */
export function epochFormatOf(value: number): TimeFormat | null {
  if (value >= EPOCH_S[0] && value < EPOCH_S[1]) return 'epoch-s';
  if (value >= EPOCH_MS[0] && value < EPOCH_MS[1]) return 'epoch-ms';
  return null;
}

/**
 * The time format that (nearly) all non-empty sample cells share, or null. Numbers count as epoch
 * times here; whether such a column really is the time column is the caller's call (its name, its place).
 */
export function detectTimeFormat(samples: string[], options: { dayFirst?: boolean } = {}): TimeFormat | null {
  const cells = samples.map((s) => s.trim()).filter((s) => !isMissingCell(s));
  if (cells.length === 0) return null;
  const need = Math.max(1, Math.ceil(cells.length * AGREEMENT));
  const count = (test: (cell: string) => boolean) => cells.filter(test).length;
  if (count((c) => DATETIME.test(c) && !Number.isNaN(parseUtcDate(c))) >= need) return 'datetime';
  if (count((c) => !Number.isNaN(parseUtcDate(c))) >= need) return 'iso';
  // Spreadsheet dates: when no day is above 12, European exports (decimal commas) read day first.
  const order = numericDateOrder(cells, need);
  if (order !== null) return order === 'either' ? (options.dayFirst ? 'dmy' : 'mdy') : order;
  if (isMonthNameDates(cells, need)) return 'kibana';
  for (const format of ['epoch-s', 'epoch-ms'] as const) {
    if (count((c) => epochFormatOf(parseNumberIn(c, 0, c.length)) === format) >= need) return format;
  }
  return null;
}

/**
 * The question to put when day-first and month-first both fit every sampled date (no day above 12),
 * or null when the cells settle it or are no such dates.
 */
export function dateOrderQuestion(format: TimeFormat | null, cells: string[]): string | null {
  if ((format !== 'dmy' && format !== 'mdy') || numericDateOrder(cells.filter((c) => !isMissingCell(c)), 1) !== 'either') return null;
  const [chosen, other] = format === 'dmy' ? ['day first (DD/MM/YYYY)', 'MM/DD/YYYY'] : ['month first (MM/DD/YYYY)', 'DD/MM/YYYY'];
  return `No day in the sampled dates is above 12, so they could be either way round: read ${chosen}; if they are ${other}, change "Time format".`;
}

/** True when a column's name says it holds times (`timestamp`, `Date`, `ts`, `epoch`, ...). */
export function looksLikeTimeName(name: string): boolean {
  return TIME_NAME.test(name);
}

/** The format in words for the preview's notes, e.g. "ISO 8601 without a zone, read as UTC". */
export function describeTimeFormat(format: TimeFormat, samples: string[] = []): string {
  switch (format) {
    case 'datetime':
      return 'YYYY-MM-DD HH:MM:SS, read as UTC';
    case 'iso':
      return samples.some((s) => HAS_ZONE.test(s.trim())) ? 'ISO 8601 with a time zone' : 'ISO 8601 without a zone, read as UTC';
    case 'epoch-s':
      return 'epoch seconds';
    case 'epoch-ms':
      return 'epoch milliseconds';
    case 'dmy':
      return 'DD/MM/YYYY, day first, read as UTC';
    case 'mdy':
      return 'MM/DD/YYYY, month first, read as UTC';
    case 'kibana':
      return 'Kibana’s "Jan 16, 2024 @ 23:59:00.000", no zone, read as UTC';
  }
}
