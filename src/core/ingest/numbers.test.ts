import { describe, expect, it } from 'vitest';
import { isMissingCell, mostlyNumbers, parseDecimalComma, parseNumber, parseNumberIn, scanNumberInto, writesDecimalCommas } from './numbers';

describe('parseNumberIn', () => {
  it.each([
    ['23.50', 23.5], ['-1.25', -1.25], ['+7', 7], ['0', 0], [' 42 ', 42], ['.5', 0.5], ['5.', 5],
    ['1e3', 1000], ['-2.5E-2', -0.025], ['12345678901234567890', 1.2345678901234567e19],
  ])('reads %j as %d', (cell, value) => expect(parseNumber(cell)).toBe(value));

  it.each(['', ' ', '-', '.', 'abc', '12abc', '1.2.3', '0x1F', 'Infinity', '1,5', '--1', 'NaN'])('rejects %j', (cell) => {
    expect(parseNumber(cell)).toBeNaN();
  });

  it('reads a slice of a longer text without looking outside it', () => {
    expect(parseNumberIn('cpu=23.50 ram=41.20', 4, 9)).toBe(23.5);
    expect(parseNumberIn('1,,2', 2, 2)).toBeNaN();
  });

  it('gives exactly what parseFloat gives for decimals of up to 15 digits', () => {
    let seed = 7;
    for (let i = 0; i < 20000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const text = (seed / 1000).toFixed(i % 7);
      expect(parseNumber(text)).toBe(parseFloat(text));
    }
  });
});

/** What scanNumberInto stored for `cell` followed by `,9`, or null when it declined. */
function scanned(cell: string): number | null {
  const out = new Float32Array([123]);
  const stop = scanNumberInto(`${cell},9`, 0, cell.length + 2, 44, out, 0);
  if (stop < 0) {
    expect(out[0]).toBe(123); // nothing stored when it declines
    return null;
  }
  expect(stop).toBe(cell.length);
  return out[0];
}

describe('scanNumberInto', () => {
  it('stores a plain decimal and returns where it stopped', () => {
    const out = new Float32Array(3);
    const text = '12.5,-3,7\n';
    expect(scanNumberInto(text, 0, 9, 44, out, 0)).toBe(4);
    expect(scanNumberInto(text, 5, 9, 44, out, 1)).toBe(7);
    expect(scanNumberInto(text, 8, 9, 44, out, 2)).toBe(9);
    expect([...out]).toEqual([12.5, -3, 7]);
  });

  it.each(['', ' 1', '1 ', 'NaN', '1e5', '1E-3', '1e400', 'abc', '-', '.', '+5', '0x1F', 'Infinity', '1.2.3', '--1', '12345678901234567'])(
    'declines %j so the caller looks closer',
    (cell) => expect(scanned(cell)).toBeNull(),
  );

  it.each([['.5', 0.5], ['5.', 5], ['-0', -0], ['-.25', -0.25], ['007', 7], ['0.000', 0]])('reads %j as %d', (cell, value) => {
    expect(scanned(cell)).toBe(value);
  });

  it('stores what Number() gives, rounded to float32, for thousands of random decimals', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 20000; i++) {
      const magnitude = 10 ** ((next() % 13) - 4);
      const sign = next() % 3 === 0 ? '-' : '';
      const cell = sign + ((next() / 2147483648) * magnitude).toFixed(next() % 9);
      // Past 15 digits a mantissa may not be exact, so those are left to the exact parser.
      const digits = cell.replace(/[^0-9]/g, '').length;
      expect(scanned(cell)).toBe(digits > 15 ? null : Math.fround(Number(cell)));
    }
  });

  it('agrees with parseNumberIn on every cell it accepts', () => {
    for (const cell of ['0', '1', '99.99', '-12.000001', '123456789012345', '0.12345678901234', '4294967296.5']) {
      expect(scanned(cell)).toBe(Math.fround(parseNumber(cell)));
    }
  });
});

describe('missing cells and decimal commas', () => {
  it.each(['', '  ', 'NaN', 'nan', 'null', 'NULL', 'None', 'NA', 'N/A', '-'])('%j means no value', (cell) => {
    expect(isMissingCell(cell)).toBe(true);
  });

  it('does not take zero or text for a missing value', () => {
    expect(isMissingCell('0')).toBe(false);
    expect(isMissingCell('abc')).toBe(false);
  });

  it('reads 12,5 as 12.5 and nothing else', () => {
    expect(parseDecimalComma('12,5')).toBe(12.5);
    expect(parseDecimalComma('-0,25')).toBe(-0.25);
    expect(parseDecimalComma('1,234,5')).toBeNaN();
    expect(parseDecimalComma('12')).toBeNaN();
  });

  it('tells decimal commas from thousands separators by what a cell can only be', () => {
    expect(writesDecimalCommas(['3,5', '40'])).toBe(true);
    expect(writesDecimalCommas(['0,125'])).toBe(true);
    expect(writesDecimalCommas(['1234,567'])).toBe(true);
    expect(writesDecimalCommas(['1,234', '12,500'])).toBe(false);
    expect(writesDecimalCommas(['3,5', '1,234,567'])).toBe(false);
    expect(writesDecimalCommas(['3,5', '1,234.5'])).toBe(false);
    expect(writesDecimalCommas(['web-1', '3.5'])).toBe(false);
  });

  it('calls a column numeric when more than half of its cells are numbers', () => {
    expect(mostlyNumbers([1, 2, NaN])).toBe(true);
    expect(mostlyNumbers([1, NaN])).toBe(false);
    expect(mostlyNumbers([])).toBe(false);
  });
});
