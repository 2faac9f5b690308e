import { describe, expect, it } from 'vitest';
import { parseLabelLines, parseNumberRows } from './benchmarkText';

describe('parseNumberRows', () => {
  it('reads comma-separated rows into a row-major matrix', () => {
    const m = parseNumberRows('0.5,1\r\n0.25,\n\n');
    expect(m).toMatchObject({ rows: 2, cols: 2 });
    expect(Array.from(m.values)).toEqual([0.5, 1, 0.25, NaN]);
  });

  it('rejects ragged rows', () => {
    expect(() => parseNumberRows('1,2\n3\n')).toThrow(RangeError);
  });
});

describe('parseLabelLines', () => {
  it('reads one label a line', () => {
    expect(Array.from(parseLabelLines('0\n1\r\n0\n'))).toEqual([0, 1, 0]);
  });
});
