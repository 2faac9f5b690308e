import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { LineSplitter, startsWithAt } from './lineSplitter';

function split(text: string, chunk: number, maxChars?: number): [string, number][] {
  const lines: [string, number][] = [];
  const splitter = new LineSplitter('f.txt', (t, start, end, line) => lines.push([t.slice(start, end), line]), maxChars);
  for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk));
  splitter.finish();
  return lines;
}

describe('LineSplitter', () => {
  const text = '\uFEFFa,b\r\n1,2\n\n3,4\r\nlast';
  const expected: [string, number][] = [['a,b', 1], ['1,2', 2], ['', 3], ['3,4', 4], ['last', 5]];

  it.each([1, 2, 7, 1000])('gives the same lines for chunks of %d characters (BOM and CR dropped)', (chunk) => {
    expect(split(text, chunk)).toEqual(expected);
  });

  it('emits nothing for an empty text and no phantom line after a final newline', () => {
    expect(split('', 1)).toEqual([]);
    expect(split('a\n', 1)).toEqual([['a', 1]]);
  });

  it('fails on a line longer than the limit, naming its number, even before it ends', () => {
    const long = `ok\n${'x'.repeat(50)}`;
    expect(() => split(long, 10, 20)).toThrow(ImportError);
    try {
      split(long, 10, 20);
    } catch (error) {
      expect((error as ImportError).line).toBe(2);
      expect((error as ImportError).message).toBe('f.txt, line 2: the line is longer than 1 MB; this does not look like a metric log.');
    }
    expect(() => split(`${'x'.repeat(50)}\nok\n`, 100, 20)).toThrow(/line 1: the line is longer than 1 MB/);
  });
});

describe('startsWithAt', () => {
  it('answers as String.prototype.startsWith does at every position of the text', () => {
    const text = '2024-01-01 [srv] cpu=1 ram=2';
    for (const prefix of [' cpu=', ' ram=', ' ram=2', ' ram=23', '', 'x', '2024']) {
      for (let at = 0; at <= text.length; at++) {
        expect(startsWithAt(text, at, prefix), `${JSON.stringify(prefix)} at ${at}`).toBe(text.startsWith(prefix, at));
      }
    }
  });
});
