import { ImportError } from '../../shared/errors';

/** Share of control characters above which text is taken for binary data. */
const BINARY_SHARE = 0.01;
const MAX_SAMPLE_LINES = 1000;

/** One line of the sniffed head: its text and 1-based line number. */
export interface HeadLine {
  text: string;
  line: number;
}

/**
 * Rejects text that is no metric log at all: empty, binary (NUL or many control characters), HTML or XML.
 * Returns the text without a leading BOM.
 */
export function checkHead(head: string, fileName: string): string {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  if (text.trim() === '') throw new ImportError(fileName, null, 'the file is empty.');
  if (looksBinary(text)) {
    throw new ImportError(fileName, null, 'this looks like a binary file (an image, archive or program), not a text log.');
  }
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && start.includes('<html'))) {
    throw new ImportError(fileName, lineOf(text, text.length - text.trimStart().length), 'this is a web page (HTML), not a metric log; a download link may have returned an error or login page.');
  }
  if (start.startsWith('<')) throw new ImportError(fileName, 1, 'this is XML or other markup, not a metric log.');
  return text;
}

function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > Math.max(4, text.length * BINARY_SHARE);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The head's complete lines (a cut-off last line is dropped when others exist), CR removed, numbered
 * from 1; `data` keeps only lines that are neither blank nor `#` comments. Throws when there are none.
 */
export function headLines(text: string, fileName: string): { all: HeadLine[]; data: HeadLine[] } {
  const raw = text.split('\n');
  if (raw.length > 1 && !text.endsWith('\n')) raw.pop();
  const all = raw.map((line, i) => ({ text: line.endsWith('\r') ? line.slice(0, -1) : line, line: i + 1 }));
  const data = all.filter((l) => l.text.trim() !== '' && !l.text.startsWith('#')).slice(0, MAX_SAMPLE_LINES);
  if (data.length === 0) throw new ImportError(fileName, null, 'the file has no data: it holds only blank or comment lines.');
  return { all, data };
}
