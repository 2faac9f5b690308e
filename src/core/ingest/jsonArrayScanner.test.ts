import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { JsonArrayScanner } from './jsonArrayScanner';

function scan(text: string, chunk: number): { elements: [string, number][]; truncated: number[] } {
  const elements: [string, number][] = [];
  const truncated: number[] = [];
  const scanner = new JsonArrayScanner('a.json', (t, line) => elements.push([t.trim(), line]), (line) => truncated.push(line));
  for (let i = 0; i < text.length; i += chunk) scanner.push(text.slice(i, i + chunk));
  scanner.finish();
  return { elements, truncated };
}

describe('JsonArrayScanner', () => {
  const text = '\uFEFF[\n {"a": "x}, ]\\"y", "b": [1, {"c": 2}]},\n {"a": 2}\r\n, 3, "s"\n]\n';

  it.each([1, 3, 7, 1000])('yields each element with its line, whatever the chunks (%d)', (chunk) => {
    expect(scan(text, chunk)).toEqual({
      elements: [
        ['{"a": "x}, ]\\"y", "b": [1, {"c": 2}]}', 2],
        ['{"a": 2}', 3],
        ['3', 4],
        ['"s"', 4],
      ],
      truncated: [],
    });
  });

  it('reads the last whole element of an array cut short, then reports the cut', () => {
    expect(scan('[{"a": 1},\n{"a": 2}', 4)).toEqual({ elements: [['{"a": 1}', 1], ['{"a": 2}', 2]], truncated: [2] });
  });

  it('refuses text that is not an array', () => {
    expect(() => scan('{"a": 1}', 100)).toThrow(ImportError);
  });

  it('refuses an element longer than 1 MB', () => {
    const huge = `[{"a": "${'x'.repeat(1 << 20)}"}]`;
    expect(() => scan(huge, 1 << 16)).toThrow('a.json, line 1: an element of the JSON array is longer than 1 MB; this does not look like metric rows.');
  });
});
