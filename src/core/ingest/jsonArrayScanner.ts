import { ImportError } from '../../shared/errors';
import { MAX_LINE_CHARS } from './lineSplitter';

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;

/** Receives the text of one array element and the line it starts on. */
export type ElementSink = (text: string, line: number) => void;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;

/**
 * Streams the elements of a top-level JSON array, whatever the chunk boundaries: tracks nesting and
 * strings so only the current element's text is kept, never the whole file (JSON.parse of 1 GB would not fit).
 */
export class JsonArrayScanner {
  private state: 'before' | 'inside' | 'after' = 'before';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private inElement = false;
  private carry = '';
  private line = 1;
  private elementLine = 0;

  constructor(private readonly fileName: string, private readonly onElement: ElementSink, private readonly onTruncated: (line: number) => void) {}

  push(chunk: string): void {
    let elementStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (this.state !== 'inside') {
        if (isSpace(c)) continue;
        if (this.state === 'after') return; // text after the closing bracket is ignored
        if (c !== OPEN_BRACKET) throw new ImportError(this.fileName, this.line, 'the file does not start with "[", so it is not a JSON array.');
        this.state = 'inside';
        continue;
      }
      if (!this.inElement) {
        if (isSpace(c) || c === COMMA) continue;
        if (c === CLOSE_BRACKET) {
          this.state = 'after';
          continue;
        }
        this.inElement = true;
        this.depth = 0;
        this.elementLine = this.line;
        elementStart = i;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if (this.depth > 0 && (c === CLOSE_BRACE || c === CLOSE_BRACKET)) this.depth--;
      else if (this.depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
        this.endElement(chunk.slice(elementStart, i));
        if (c === CLOSE_BRACKET) this.state = 'after';
      }
    }
    if (this.inElement) {
      this.carry += chunk.slice(elementStart);
      this.checkSize(this.carry);
    }
  }

  private checkSize(element: string): void {
    if (element.length > MAX_LINE_CHARS) {
      throw new ImportError(this.fileName, this.elementLine, 'an element of the JSON array is longer than 1 MB; this does not look like metric rows.');
    }
  }

  /** Reports an array cut short (no closing bracket) after its last complete element. */
  finish(): void {
    if (this.state !== 'inside') return;
    const line = this.inElement ? this.elementLine : this.line;
    // The last element may be whole (`[{...}` and no `]`): read it before reporting the cut.
    if (this.inElement) this.endElement('');
    this.onTruncated(line);
  }

  /** Whether the opening bracket was found. */
  get started(): boolean {
    return this.state !== 'before';
  }

  private endElement(tail: string): void {
    const text = this.carry + tail;
    this.checkSize(text);
    this.carry = '';
    this.inElement = false;
    this.onElement(text, this.elementLine);
  }
}
