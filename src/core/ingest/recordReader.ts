import Papa from 'papaparse';
import type { Delimiter } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { MAX_LINE_CHARS } from './lineSplitter';

/** Reads one single-line record in place; returns false when the line needs papaparse (escaped quotes, odd quoting). */
export type LineReader = (text: string, start: number, end: number, line: number) => boolean;
/** Receives a record's fields as papaparse read them. */
export type FieldsReader = (fields: string[], line: number) => void;
/** Receives a record papaparse could not read either. */
export type BadRecordSink = (line: number, reason: string) => void;

const BATCH = 2000;
const QUOTE = 34;

/**
 * Turns lines into delimited records in file order. Lines go to the in-place reader first; records
 * it declines, and quoted fields that span line breaks, go to papaparse in batches.
 */
export class RecordReader {
  private quoteText = '';
  private quoteAt = Infinity;
  private pending: string | null = null;
  private pendingLine = 0;
  private batch: string[] = [];
  private batchLines: number[] = [];
  private readonly code: number;

  constructor(
    private readonly fileName: string,
    private readonly delimiter: Delimiter,
    private readonly readLine: LineReader,
    private readonly readFields: FieldsReader,
    private readonly onBad: BadRecordSink,
  ) {
    this.code = delimiter.charCodeAt(0);
  }

  /** One physical line, `text[start, end)`. */
  line(text: string, start: number, end: number, line: number): void {
    if (this.pending !== null) {
      this.continuePending(text, start, end);
      return;
    }
    if (!this.hasQuote(text, start, end)) {
      this.flush();
      this.readLine(text, start, end, line);
    } else if (endsInsideQuotes(text, start, end, this.code, false)) {
      this.pending = text.slice(start, end);
      this.pendingLine = line;
    } else if (this.batch.length > 0 || !this.readLine(text, start, end, line)) {
      // Once a record waits for papaparse, quoted lines queue behind it so rows stay in file order.
      this.queue(text.slice(start, end), line);
    }
  }

  /** Whether a quoted field is open: the last line's record goes on in the next. */
  get inRecord(): boolean {
    return this.pending !== null;
  }

  /** Parses queued records; call at the end of each chunk and of the file. */
  flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    const lines = this.batchLines;
    this.batch = [];
    this.batchLines = [];
    const result = Papa.parse<string[]>(batch.join('\n'), { delimiter: this.delimiter, header: false, skipEmptyLines: false });
    if (result.data.length !== batch.length) {
      // A stray quote merged records: read them one by one so each keeps its own line number.
      batch.forEach((record, i) => this.parseOne(record, lines[i]));
      return;
    }
    const badRows = new Map(result.errors.map((e) => [e.row ?? -1, e.message]));
    result.data.forEach((fields, i) => {
      const bad = badRows.get(i);
      if (bad !== undefined) this.onBad(lines[i], `badly quoted field (${bad})`);
      else this.readFields(fields, lines[i]);
    });
  }

  /** Ends the file: a record still open is missing its closing quote. */
  finish(): void {
    if (this.pending !== null) {
      this.onBad(this.pendingLine, 'a quoted field is not closed before the end of the file');
      this.pending = null;
    }
    this.flush();
  }

  private hasQuote(text: string, start: number, end: number): boolean {
    // One indexOf per chunk or per quoted line, not per line: most files have no quotes at all.
    if (text !== this.quoteText || this.quoteAt < start) {
      this.quoteText = text;
      const at = text.indexOf('"', start);
      this.quoteAt = at === -1 ? Infinity : at;
    }
    return this.quoteAt < end;
  }

  private continuePending(text: string, start: number, end: number): void {
    this.pending += '\n' + text.slice(start, end);
    if (this.pending!.length > MAX_LINE_CHARS) {
      throw new ImportError(this.fileName, this.pendingLine, 'a quoted field runs on for more than 1 MB; a closing quote is probably missing.');
    }
    if (!endsInsideQuotes(text, start, end, this.code, true)) {
      this.queue(this.pending!, this.pendingLine);
      this.pending = null;
    }
  }

  private queue(record: string, line: number): void {
    this.batch.push(record);
    this.batchLines.push(line);
    if (this.batch.length >= BATCH) this.flush();
  }

  private parseOne(record: string, line: number): void {
    const result = Papa.parse<string[]>(record, { delimiter: this.delimiter, header: false, skipEmptyLines: false });
    if (result.errors.length > 0) this.onBad(line, `badly quoted field (${result.errors[0].message})`);
    else this.readFields(result.data[0] ?? [''], line);
  }
}

/**
 * Whether a line leaves a quoted field open (its record goes on in the next line). Quotes open a field
 * only at its start and `""` inside one is an escaped quote, as in RFC 4180 and papaparse.
 */
export function endsInsideQuotes(text: string, start: number, end: number, delimiter: number, inside: boolean): boolean {
  let atFieldStart = !inside;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inside) {
      if (c !== QUOTE) continue;
      if (i + 1 < end && text.charCodeAt(i + 1) === QUOTE) {
        i++;
      } else {
        inside = false;
        atFieldStart = false;
      }
    } else if (c === QUOTE && atFieldStart) {
      inside = true;
    } else {
      atFieldStart = c === delimiter;
    }
  }
  return inside;
}
