import { describe, expect, it } from 'vitest';
import { endsInsideQuotes, RecordReader } from './recordReader';

/** Runs lines through a reader whose in-place reader accepts lines without quotes only. */
function read(lines: string[]): { inPlace: string[]; papa: [string[], number][]; bad: [number, string][] } {
  const inPlace: string[] = [];
  const papa: [string[], number][] = [];
  const bad: [number, string][] = [];
  const reader = new RecordReader(
    'q.csv',
    ',',
    (text, start, end) => {
      const line = text.slice(start, end);
      if (line.includes('"')) return false;
      inPlace.push(line);
      return true;
    },
    (fields, line) => papa.push([fields, line]),
    (line, reason) => bad.push([line, reason]),
  );
  lines.forEach((line, i) => reader.line(line, 0, line.length, i + 1));
  reader.finish();
  return { inPlace, papa, bad };
}

describe('RecordReader', () => {
  it('hands lines it can read in place over directly and the rest to papaparse, joining quoted line breaks', () => {
    const result = read(['a,1', '"b, c",2', '"multi', 'line ""x""",3', 'd,4']);
    expect(result.inPlace).toEqual(['a,1', 'd,4']);
    expect(result.papa).toEqual([
      [['b, c', '2'], 2],
      [['multi\nline "x"', '3'], 3],
    ]);
    expect(result.bad).toEqual([]);
  });

  it('treats a quote inside a field as a plain character', () => {
    expect(endsInsideQuotes('12",x', 0, 5, 44, false)).toBe(false);
    expect(endsInsideQuotes('a,"open', 0, 7, 44, false)).toBe(true);
    expect(endsInsideQuotes('still "" open', 0, 13, 44, true)).toBe(true);
    expect(endsInsideQuotes('closed",1', 0, 9, 44, true)).toBe(false);
  });

  it('reports a quoted field left open at the end of the file', () => {
    expect(read(['a,1', '"never closed,2', 'b,3']).bad).toEqual([[2, 'a quoted field is not closed before the end of the file']]);
  });
});
