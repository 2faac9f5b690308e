import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { textCell } from './cells';
import { csvParts } from './csvParts';

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('csvParts', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 asks, with CRLF line ends', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'plain', ' padded ']];
    const text = csvParts(['x', 'y', 'z', 'w', 'v', 'u'], 1, (i) => rows[i]).join('');
    expect(text).toBe('x,y,z,w,v,u\r\n"a,b","say ""hi""","two\nlines","cr\r\nlf",plain," padded "\r\n');
    expect(parse(text)).toEqual([['x', 'y', 'z', 'w', 'v', 'u'], rows[0]]);
  });

  it('quotes neutralised cells and reads them back with the apostrophe', () => {
    const text = csvParts(['name'], 1, () => [textCell('=HYPERLINK("http://x")')]).join('');
    expect(text).toBe('name\r\n"\'=HYPERLINK(""http://x"")"\r\n');
    expect(parse(text)[1]).toEqual(['\'=HYPERLINK("http://x")']);
  });

  it('writes the same file whatever the chunk size', () => {
    const rowAt = (i: number) => [String(i), `r${i}`];
    const whole = csvParts(['i', 'r'], 7, rowAt).join('');
    const parts = csvParts(['i', 'r'], 7, rowAt, 3);
    expect(parts).toHaveLength(1 + 3);
    expect(parts.join('')).toBe(whole);
    expect(parse(whole)).toHaveLength(8);
  });

  it('writes only the header when there are no rows', () => {
    expect(csvParts(['a', 'b'], 0, () => []).join('')).toBe('a,b\r\n');
  });
});
