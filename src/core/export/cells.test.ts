import { describe, expect, it } from 'vitest';
import { float32Cell, idCell, isNeutralised, isoTimeCell, numberCell, sharesCell, textCell } from './cells';

describe('textCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '-3.2'])('neutralises %j with a leading apostrophe', (text) => {
    expect(textCell(text)).toBe(`'${text}`);
    expect(isNeutralised(textCell(text))).toBe(true);
  });

  it.each(['db.cpu', 'a=b', ' =1', 'high', '', '3.2', "'quoted"])('leaves %j as it is', (text) => {
    expect(textCell(text)).toBe(text);
  });
});

describe('float32Cell', () => {
  it('writes the shortest decimal that reads back as the same float32', () => {
    for (const value of [0.1, 12.34, 99.99, 1 / 3, 1e-7, 123456.78, 3.4e38, 0.000123]) {
      const f = Math.fround(value);
      const cell = float32Cell(f);
      expect(Math.fround(Number(cell))).toBe(f);
      expect(cell.length).toBeLessThanOrEqual(String(value).length + 2);
    }
    expect(float32Cell(Math.fround(0.1))).toBe('0.1');
    expect(float32Cell(Math.fround(12.34))).toBe('12.34');
    expect(float32Cell(42)).toBe('42');
  });

  it('keeps negative numbers as numbers: no apostrophe', () => {
    expect(float32Cell(Math.fround(-3.2))).toBe('-3.2');
    expect(float32Cell(-7)).toBe('-7');
  });

  it('writes NaN and infinities as empty cells', () => {
    expect(float32Cell(Number.NaN)).toBe('');
    expect(float32Cell(Number.POSITIVE_INFINITY)).toBe('');
    expect(float32Cell(Number.NEGATIVE_INFINITY)).toBe('');
  });
});

describe('numberCell, isoTimeCell, idCell, sharesCell', () => {
  it('rounds doubles only when asked', () => {
    expect(numberCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberCell(0.1 + 0.2, 7)).toBe('0.3');
    expect(numberCell(-2.5)).toBe('-2.5');
    expect(numberCell(Number.NaN)).toBe('');
  });

  it('writes ISO 8601 UTC times, milliseconds only when present', () => {
    expect(isoTimeCell(Date.UTC(2024, 2, 1, 12))).toBe('2024-03-01T12:00:00Z');
    expect(isoTimeCell(Date.UTC(2024, 2, 1, 12, 0, 0, 250))).toBe('2024-03-01T12:00:00.250Z');
    expect(isoTimeCell(Number.NaN)).toBe('');
  });

  it('keeps numeric ids numeric and neutralises text ids', () => {
    expect(idCell(-1)).toBe('-1');
    expect(idCell('-1')).toBe("'-1");
    expect(idCell(null)).toBe('');
  });

  it('formats shares as percentages and neutralises a hostile key', () => {
    expect(sharesCell([{ key: 'db.cpu', share: 0.62 }, { key: 'web.cpu', share: 0.2 }])).toBe('db.cpu 62%; web.cpu 20%');
    expect(sharesCell([{ key: '=cmd', share: 1 }])).toBe("'=cmd 100%");
    expect(sharesCell([])).toBe('');
  });
});
