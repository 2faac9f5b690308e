import { flattenObject, isJsonObject } from '../ingest/jsonRows';
import { clip } from '../ingest/numbers';
import { MAX_LINE_CHARS } from '../ingest/lineSplitter';
import { csvLayoutFromHeader, parseCsvLine, type CsvLayout } from './csvLine';
import { rowFromFields } from './liveFields';
import { liveError, type LiveMessageError } from './liveProblem';
import type { LiveRow } from './liveRow';
import { looksLikeLogLine, parseLogLine } from './logLines';

/** What one message yielded: its rows in message order, and a problem for each line that gave none. */
export interface ParsedMessage {
  rows: LiveRow[];
  errors: LiveMessageError[];
}

export interface LiveParseOptions {
  /**
   * When the caller received the message (epoch ms, UTC). Rows that carry no time (a JSON object
   * without a time field, a CSV line without a time column, an empty time) are stamped with it.
   */
  arrivalMs: number;
  /** The header of CSV lines, when the source sends CSV; without it a CSV line is an unknown format. */
  csv?: CsvLayout | null;
}

/** Parser state that outlives one message: the CSV header, known or still to be learned. */
interface LineContext {
  csv: CsvLayout | null;
  /** Take the first line that is neither JSON nor a log line as the CSV header. */
  learnHeader: boolean;
}

/**
 * Parses one live message (a WebSocket or SSE message, or a followed file's line) into rows; never
 * throws. Accepted: a JSON object (nested fields named with dots, see liveFields for the time field
 * and values) or an array of them; this app's server log line; the original tool's log line; a CSV
 * line given `options.csv`. A message may hold several lines (JSON Lines, log lines, CSV lines),
 * each read on its own; blank lines and `#` comments are skipped. The original tool's lines, one
 * metric each, are merged into one row while consecutive lines share a time. A value that is
 * already parsed JSON (not a string) is read as that JSON value.
 */
export function parseLiveMessage(message: unknown, options: LiveParseOptions): ParsedMessage {
  return parseWith(message, options.arrivalMs, { csv: options.csv ?? null, learnHeader: false });
}

/**
 * A parser for one source that remembers its CSV header: given up front, or (with
 * `csvHeaderFirst`) learned from the first line that is neither JSON nor a log line, as a followed
 * CSV file starts with its header. A later copy of the same header line is skipped.
 */
export class LiveMessageParser {
  private readonly context: LineContext;

  constructor(options: { csv?: CsvLayout | null; csvHeaderFirst?: boolean } = {}) {
    this.context = { csv: options.csv ?? null, learnHeader: options.csvHeaderFirst === true };
  }

  /** Parses one message; `arrivalMs` stamps rows without a time of their own. */
  parse(message: unknown, arrivalMs: number): ParsedMessage {
    return parseWith(message, arrivalMs, this.context);
  }

  /** The CSV layout in use, once known. */
  get csv(): CsvLayout | null {
    return this.context.csv;
  }
}

function parseWith(message: unknown, arrivalMs: number, context: LineContext): ParsedMessage {
  const out: ParsedMessage = { rows: [], errors: [] };
  if (typeof message !== 'string') {
    if (message === null || typeof message !== 'object' || ArrayBuffer.isView(message) || message instanceof ArrayBuffer) {
      out.errors.push(liveError('unknown-format', 'the message is not text or JSON; send text (JSON, a log line or a CSV line)', String(message)));
      return out;
    }
    readJsonValue(message, arrivalMs, out, 1);
    return out;
  }
  const trimmed = message.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    // A whole-message JSON value may span lines (pretty-printed); JSON Lines fall through to per line.
    const parsed = tryParse(trimmed);
    if (!('error' in parsed)) {
      readJsonValue(parsed.value, arrivalMs, out, 1);
      return out;
    }
    if (!trimmed.includes('\n')) {
      out.errors.push(liveError('not-json', parsed.error, trimmed));
      return out;
    }
  }
  // True while the last row came from an original-log line and may take more parts of its time.
  let merging = false;
  message.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const number = index + 1;
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return;
    if (line.length > MAX_LINE_CHARS) {
      out.errors.push(liveError('too-long', 'the line is longer than 1 MB; this is not a metric row', line.slice(0, 200), number));
    } else if (looksLikeLogLine(text)) {
      merging = readLogLine(text, number, out, merging);
    } else {
      merging = false;
      readLine(text, number, arrivalMs, context, out);
    }
  });
  return out;
}

/** Reads a log line into `out`; returns whether the last row may still take parts (see `merging`). */
function readLogLine(text: string, number: number, out: ParsedMessage, merging: boolean): boolean {
  const result = parseLogLine(text);
  if ('name' in result) {
    out.errors.push({ ...result, line: number });
    return merging; // a debug line between one time's metric lines does not split its row
  }
  const previous = out.rows[out.rows.length - 1];
  if (result.partial && merging && previous.timestamp === result.row.timestamp) {
    Object.assign(previous.values, result.row.values);
    return true;
  }
  out.rows.push(result.row);
  return result.partial;
}

function readLine(text: string, number: number, arrivalMs: number, context: LineContext, out: ParsedMessage): void {
  if (text.startsWith('{')) {
    const parsed = tryParse(text);
    if ('error' in parsed) out.errors.push(liveError('not-json', parsed.error, text, number));
    else readJsonValue(parsed.value, arrivalMs, out, number);
    return;
  }
  if (context.csv !== null) {
    if (text === context.csv.header) return;
    push(out, parseCsvLine(text, context.csv, arrivalMs), number);
    return;
  }
  if (context.learnHeader) {
    const layout = csvLayoutFromHeader(text);
    if ('name' in layout) out.errors.push({ ...layout, line: number });
    else context.csv = layout;
    return;
  }
  out.errors.push(
    liveError(
      'unknown-format',
      'not a JSON object, a server log line ("YYYY-MM-DD HH:MM:SS [server] cpu=23.5 ...") or an original log line; CSV lines need their header first',
      text,
      number,
    ),
  );
}

/** An object is one row; an array is one row per element (its `line` is the element's 1-based place). */
function readJsonValue(value: unknown, arrivalMs: number, out: ParsedMessage, line: number): void {
  if (Array.isArray(value)) {
    value.forEach((element, i) => readJsonValue(element, arrivalMs, out, Array.isArray(element) ? line : i + 1));
    return;
  }
  if (!isJsonObject(value)) {
    out.errors.push(liveError('not-object', 'the JSON is not an object with a time and metric fields', JSON.stringify(value) ?? '', line));
    return;
  }
  push(out, rowFromFields(flattenObject(value), arrivalMs), line);
}

function push(out: ParsedMessage, result: LiveRow | LiveMessageError, line: number): void {
  if ('name' in result) out.errors.push({ ...result, line });
  else out.rows.push(result);
}

/** JSON.parse, with the reason in words instead of an exception. */
function tryParse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `not valid JSON (${clip(error instanceof Error ? error.message : String(error), 80)})` };
  }
}
