import { LABELLED_CODE } from '../../shared/anomaly';
import { ImportError } from '../../shared/errors';
import { clip } from './debugLabels';

const LABEL = /^([01])(?:\.0*)?$/;
const HEADER = /^[A-Za-z_][\w .-]*$/;

/** True when `line` is a 0/1 label as a one-label-per-line file holds it. */
export function isLabelLine(line: string): boolean {
  return LABEL.test(line.trim());
}

/** True when `line` may be a one-word header above 0/1 labels (e.g. `label`). */
export function isLabelHeader(line: string): boolean {
  return HEADER.test(line.trim());
}

/**
 * One 0/1 label per line (SMD/ASD `test_label`), an optional one-word header first, blank lines
 * only at the end. Returns LABELLED_CODE where 1. Throws ImportError at the first other line.
 */
export function parseLineLabels(text: string, fileName: string): Uint8Array {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const labels = new Uint8Array(lines);
  let count = 0;
  let blankAt = 0; // first blank line of a run: an error if any label follows it
  let lineNo = 0;
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    lineNo++;
    const first = text.charCodeAt(from);
    // Fast path: "0" or "1" alone (with an optional \r), the whole of a SMD label file.
    const single = (to - from === 1 || (to - from === 2 && text.charCodeAt(from + 1) === 13)) && (first === 48 || first === 49);
    const value = single ? first - 48 : readLabel(text.slice(from, to), count === 0 && blankAt === 0 && lineNo === 1, fileName, lineNo);
    if (value === 'blank') blankAt ||= lineNo;
    else if (value !== 'header') {
      if (blankAt) throw new ImportError(fileName, blankAt, 'is empty; expected 0 or 1 on every line.');
      labels[count++] = value === 1 ? LABELLED_CODE : 0;
    }
    from = to + 1;
  }
  return labels.slice(0, count);
}

function readLabel(raw: string, mayBeHeader: boolean, fileName: string, line: number): 0 | 1 | 'blank' | 'header' {
  const text = raw.trim();
  if (text === '') return 'blank';
  const m = LABEL.exec(text);
  if (m) return m[1] === '1' ? 1 : 0;
  if (mayBeHeader && HEADER.test(text)) return 'header';
  throw new ImportError(fileName, line, `expected a label 0 or 1, found "${clip(text)}".`);
}
