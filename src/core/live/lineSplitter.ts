import { MAX_LINE_CHARS } from '../ingest/lineSplitter';

/**
 * Cuts a followed file's appended text (like `tail -f`) into complete lines, whatever the chunk
 * boundaries. Keeps only the unfinished last line between pushes, drops a leading BOM and the CR
 * of CRLF endings. A line longer than `maxChars` is discarded up to its line break and counted,
 * instead of growing the carried text without bound.
 */
export class LiveLineSplitter {
  private carry = '';
  private started = false;
  /** True while skipping the rest of an over-long line. */
  private discarding = false;
  private overlong = 0;

  constructor(private readonly maxChars = MAX_LINE_CHARS) {}

  /** Feeds appended text; returns the lines it completed, without their line breaks. */
  push(chunk: string): string[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const lines: string[] = [];
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, newline);
      start = newline + 1;
      if (this.discarding) {
        this.discarding = false;
        continue;
      }
      const line = stripCr(this.carry.length > 0 ? this.carry + piece : piece);
      this.carry = '';
      if (line.length > this.maxChars) this.overlong++;
      else lines.push(line);
    }
    this.keep(chunk.slice(start));
    return lines;
  }

  /** Returns the unfinished last line as a line (the file was closed, rotated or truncated), or none. */
  flush(): string[] {
    const rest = this.discarding ? '' : stripCr(this.carry);
    this.carry = '';
    this.discarding = false;
    return rest.length > 0 ? [rest] : [];
  }

  /** Forgets the carried text, e.g. when the followed file was truncated and is read from its start again. */
  reset(): void {
    this.carry = '';
    this.discarding = false;
    this.started = false;
  }

  /** Characters of the unfinished line held back. */
  get pending(): number {
    return this.carry.length;
  }

  /** Lines discarded for being longer than `maxChars`. */
  get overlongLines(): number {
    return this.overlong;
  }

  private keep(rest: string): void {
    if (this.discarding) return;
    const carried = this.carry.length + rest.length;
    // One extra char: a CR that belongs to a CRLF ending may still be waiting for its LF.
    if (carried > this.maxChars + 1) {
      this.carry = '';
      this.discarding = true;
      this.overlong++;
      return;
    }
    this.carry += rest;
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
