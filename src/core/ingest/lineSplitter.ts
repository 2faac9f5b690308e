import { ImportError } from '../../shared/errors';

/** Longest line accepted: metric rows are short, so a longer one means this is no metric log. */
export const MAX_LINE_CHARS = 1 << 20;

/** Receives one line as `text[start, end)` (no line break, no trailing CR) and its 1-based number. */
export type LineSink = (text: string, start: number, end: number, line: number) => void;

/** The error for a line past {@link MAX_LINE_CHARS}. */
export function lineTooLong(fileName: string, line: number): ImportError {
  return new ImportError(fileName, line, 'the line is longer than 1 MB; this does not look like a metric log.');
}

/**
 * Cuts streamed text into lines, whatever the chunk boundaries: keeps only the unfinished last line
 * between pushes, drops a leading BOM and the CR of CRLF endings, and never copies a line out of its chunk.
 */
export class LineSplitter {
  private carry = '';
  private line = 0;
  private started = false;

  constructor(
    private readonly fileName: string,
    private readonly sink: LineSink,
    private readonly maxChars = MAX_LINE_CHARS,
  ) {}

  push(chunk: string): void {
    if (!this.started) {
      if (chunk.length === 0) return;
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    if (this.carry.length > 0) {
      const newline = chunk.indexOf('\n');
      if (newline === -1) {
        this.keep(this.carry + chunk);
        return;
      }
      // Only the line that straddles the boundary is joined: the chunk itself stays one flat string.
      const first = this.carry + chunk.slice(0, newline);
      this.carry = '';
      this.emit(first, 0, first.length);
      start = newline + 1;
    }
    for (let newline = chunk.indexOf('\n', start); newline !== -1; newline = chunk.indexOf('\n', start)) {
      this.emit(chunk, start, newline);
      start = newline + 1;
    }
    this.keep(start === 0 ? chunk : chunk.slice(start));
  }

  private keep(rest: string): void {
    if (rest.length > this.maxChars) throw lineTooLong(this.fileName, this.line + 1);
    this.carry = rest;
  }

  /** Emits the last line when the text does not end with a line break. */
  finish(): void {
    const rest = this.carry;
    this.carry = '';
    if (rest.length > 0) this.emit(rest, 0, rest.length);
  }

  /** Whether the text so far ended with a line break (or there was none): no line is waiting for more. */
  get atLineStart(): boolean {
    return this.carry.length === 0;
  }

  /** Lines emitted so far. */
  get lines(): number {
    return this.line;
  }

  private emit(text: string, start: number, end: number): void {
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end - start > this.maxChars) throw lineTooLong(this.fileName, this.line + 1);
    this.sink(text, start, end, ++this.line);
  }
}

/** True for a line that holds only spaces or tabs. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** `text.startsWith(prefix, at)` for `at` in [0, text.length], as a loop the compiler inlines: the builtin's call cost more than the compare in hot row loops. */
export function startsWithAt(text: string, at: number, prefix: string): boolean {
  const n = prefix.length;
  if (at < 0 || at + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== prefix.charCodeAt(k)) return false;
  return true;
}
