import { ImportError } from '../../shared/errors';
import { MAX_LINE_CHARS } from './lineSplitter';

/** Where a value sits in a document: object keys and array indexes from the top (`[]` for the document). */
export type JsonPath = (string | number)[];
/** What a value starting at a path looks like, from its first character. */
export type JsonKind = 'object' | 'array' | 'scalar';
/** 'text': hand the value's JSON text to the visitor; 'descend': walk into the object or array; 'skip': pass over it. */
export type JsonChoice = 'text' | 'descend' | 'skip';

/** Decides, value by value, which parts of a streamed document are read. Paths are reused: copy to keep. */
export interface JsonVisitor {
  enter(path: JsonPath, kind: JsonKind): JsonChoice;
  /** The JSON text of a value `enter` chose as 'text', and the line it starts on. */
  text(path: JsonPath, text: string, line: number): void;
  /**
   * Optional fast path: a 'text' value lying wholly in the current chunk as `chunk[start, end)`,
   * read in place without cutting out a string (millions of small points).
   */
  span?(path: JsonPath, chunk: string, start: number, end: number, line: number): void;
  /** An object or array walked into has ended (`[]`: a whole document). */
  leave?(path: JsonPath): void;
}

/** Longest value handed over as text: a point or a small object, never a whole file. */
const MAX_VALUE_CHARS = MAX_LINE_CHARS;
const MAX_DEPTH = 64;

// What the walker expects next, outside a value it hands over or skips.
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON = 4;
const AFTER = 5;
// Inside a value read as a whole: a container, a string or a bare scalar.
const NONE = 0;
const RAW_CONTAINER = 1;
const RAW_STRING = 2;
const RAW_SCALAR = 3;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
// A bare scalar (number, true, false, null) ends at one of these.
const endsScalar = (c: number) => c === 44 || c === 93 || c === 125 || isSpace(c);

/** A path as people read it: `data.result[3].values[10]`. */
export function pathText(path: JsonPath): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  return text === '' ? 'the top level' : text;
}

/**
 * Streams JSON text (one document, or several in a row as in JSON Lines) whatever the chunk
 * boundaries, asking a visitor which values it wants: only those are cut out as text, so memory
 * holds one value at a time, never the document (a 1 GB single-line response streams). Throws
 * ImportError, with the line and the path, for text that is not JSON or a value past 1 MB.
 */
export class JsonWalker {
  private readonly path: JsonPath = [];
  private readonly containers: number[] = [];
  private expect = VALUE;
  private raw = NONE;
  private depth = 0;
  private escaped = false;
  private rawString = false;
  private wanted = false;
  private carry = '';
  private inKey = false;
  private line = 1;
  private valueLine = 1;
  /** Documents started so far. */
  documents = 0;

  constructor(private readonly fileName: string, private readonly visitor: JsonVisitor) {}

  /** True between documents: nothing is open, so the text so far holds whole documents. */
  get atRest(): boolean {
    return this.containers.length === 0 && this.raw === NONE && !this.inKey;
  }

  push(chunk: string): void {
    let i = 0;
    let start = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.raw !== NONE) {
        const end = this.scanRaw(chunk, i);
        if (end < 0) break;
        this.endRaw(chunk, start, end);
        i = end;
        continue;
      }
      if (this.inKey) {
        const end = this.scanString(chunk, i);
        if (end < 0) break;
        this.endKey(chunk, start, end);
        i = end;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (isSpace(c)) {
        if (c === 10) this.line++;
        i++;
        continue;
      }
      start = i;
      i = this.structural(c, i);
    }
    if (this.raw !== NONE || this.inKey) {
      if (this.wanted || this.inKey) this.carry += chunk.slice(start);
      if (this.carry.length > MAX_VALUE_CHARS) this.tooLong();
    }
  }

  /** Ends the text: an unfinished document means the file was cut short. */
  finish(): void {
    if (this.raw === RAW_SCALAR) this.endRaw('', 0, 0);
    if (this.containers.length > 0 || this.raw !== NONE || this.inKey || this.expect === COLON) {
      this.fail(`the JSON ends early, inside ${pathText(this.path)}; the file may be cut short.`);
    }
  }

  /** One character outside any value being read whole; returns the next index. */
  private structural(c: number, i: number): number {
    const { expect } = this;
    if (expect === VALUE || expect === VALUE_OR_CLOSE) {
      if (c === 93 && expect === VALUE_OR_CLOSE) return this.close(c, i);
      return this.startValue(c, i);
    }
    if (expect === KEY || expect === KEY_OR_CLOSE) {
      if (c === 125 && expect === KEY_OR_CLOSE) return this.close(c, i);
      if (c !== 34) this.unexpected(c, 'a quoted key');
      this.inKey = true;
      this.carry = '';
      this.escaped = false;
      return i + 1;
    }
    if (expect === COLON) {
      if (c !== 58) this.unexpected(c, '":"');
      this.expect = VALUE;
      return i + 1;
    }
    // AFTER a value: a comma, the container's end, or at the top level the next document.
    const top = this.containers.length - 1;
    if (top < 0) return this.startValue(c, i);
    if (c === 44) {
      if (this.containers[top] === 123) {
        this.expect = KEY;
      } else {
        (this.path[this.path.length - 1] as number)++;
        this.expect = VALUE;
      }
      return i + 1;
    }
    return this.close(c, i);
  }

  private startValue(c: number, i: number): number {
    if (this.containers.length === 0 && this.expect === AFTER) this.expect = VALUE;
    if (this.containers.length === 0) this.documents++;
    const kind: JsonKind = c === 123 ? 'object' : c === 91 ? 'array' : 'scalar';
    if (kind === 'scalar' && c !== 34 && c !== 45 && !(c >= 48 && c <= 57) && c !== 116 && c !== 102 && c !== 110) {
      this.unexpected(c, 'a value');
    }
    const choice = this.visitor.enter(this.path, kind);
    this.valueLine = this.line;
    if (choice === 'descend' && kind !== 'scalar') {
      if (this.containers.length >= MAX_DEPTH) this.fail(`the JSON is nested more than ${MAX_DEPTH} levels deep.`);
      this.containers.push(c);
      this.path.push(c === 123 ? '' : 0);
      this.expect = c === 123 ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      return i + 1;
    }
    this.wanted = choice === 'text';
    this.carry = '';
    this.escaped = false;
    this.rawString = false;
    this.depth = 0;
    if (kind === 'scalar') {
      this.raw = c === 34 ? RAW_STRING : RAW_SCALAR;
      return c === 34 ? i + 1 : i;
    }
    this.raw = RAW_CONTAINER;
    return i;
  }

  private close(c: number, i: number): number {
    const top = this.containers.length - 1;
    const want = this.containers[top] === 91 ? 93 : 125;
    if (c !== want) this.unexpected(c, want === 93 ? '"," or "]"' : '"," or "}"');
    this.containers.pop();
    this.path.pop();
    this.visitor.leave?.(this.path);
    this.expect = AFTER;
    return i + 1;
  }

  /** The index just past the raw value's end in `chunk`, or -1 when it goes on into the next chunk. */
  private scanRaw(chunk: string, i: number): number {
    const n = chunk.length;
    if (this.raw === RAW_STRING) return this.scanString(chunk, i);
    if (this.raw === RAW_SCALAR) {
      while (i < n && !endsScalar(chunk.charCodeAt(i))) i++;
      return i < n ? i : -1;
    }
    let { depth, escaped, rawString: inString } = this;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
      } else if (c === 34) {
        inString = true;
      } else if (c === 123 || c === 91) {
        depth++;
      } else if (c === 125 || c === 93) {
        if (--depth === 0) return i + 1;
      } else if (c === 10) {
        this.line++;
      }
    }
    this.depth = depth;
    this.escaped = escaped;
    this.rawString = inString;
    return -1;
  }

  /** Past the closing quote of a string whose opening quote is behind `i`, or -1. */
  private scanString(chunk: string, i: number): number {
    let { escaped } = this;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) return i + 1;
      else if (c < 32) this.unexpected(c, 'the end of the string');
    }
    this.escaped = escaped;
    return -1;
  }

  private endRaw(chunk: string, start: number, end: number): void {
    if (this.wanted && this.carry === '' && this.visitor.span !== undefined) {
      this.visitor.span(this.path, chunk, start, end, this.valueLine);
    } else if (this.wanted) {
      const text = this.carry + chunk.slice(start, end);
      if (text.length > MAX_VALUE_CHARS) this.tooLong();
      this.visitor.text(this.path, text, this.valueLine);
    }
    this.carry = '';
    this.raw = NONE;
    this.expect = AFTER;
    if (this.containers.length === 0) this.visitor.leave?.(this.path);
  }

  private endKey(chunk: string, start: number, end: number): void {
    const quoted = this.carry + chunk.slice(start, end);
    this.carry = '';
    this.inKey = false;
    const key = quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
    this.path[this.path.length - 1] = key;
    this.expect = COLON;
  }

  private unexpected(c: number, wanted: string): never {
    const seen = c === 34 ? "'\"'" : JSON.stringify(String.fromCharCode(c));
    this.fail(`not valid JSON: ${seen} where ${wanted} should be, in ${pathText(this.path)}.`);
  }

  private tooLong(): never {
    this.fail(`the value at ${pathText(this.path)} is longer than 1 MB; this does not look like metric data.`);
  }

  private fail(reason: string): never {
    throw new ImportError(this.fileName, this.line, reason);
  }
}
