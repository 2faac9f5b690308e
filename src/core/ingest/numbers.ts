/** Powers of ten for the fast decimal path (exact as doubles up to 1e22). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const STRICT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MISSING = new Set(['', 'nan', 'null', 'none', 'na', 'n/a', '-']);

/**
 * Parses the decimal number written in `text[start, end)` (surrounding spaces allowed) without
 * allocating, for the hot path. Returns NaN when the cell is not a plain decimal number; callers
 * then use {@link isMissingCell} to tell an empty cell from garbage.
 */
export function parseNumberIn(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (start === end) return NaN;
  let i = start;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  for (; i < end; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
  }
  let decimals = 0;
  if (i < end && text.charCodeAt(i) === 46) {
    for (i++; i < end; i++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      decimals++;
    }
  }
  // Exponents and mantissas beyond 15 digits take the exact (slower) path.
  if (i !== end || digits + decimals > 15) return parseSlow(text.slice(start, end));
  if (digits + decimals === 0) return NaN;
  // Both operands are exact integers, so the division is correctly rounded, as parseFloat would be.
  const value = decimals === 0 ? mantissa : mantissa / POW10[decimals];
  return negative ? -value : value;
}

/**
 * Reads a plain decimal (`-12.5`, no spaces, no exponent) from `start` up to the next `stop` character
 * or `end`, in one pass that also finds the cell's end, and stores it in `out[at]`: a double handed
 * back from a call that is not inlined is boxed, and that box per cell was most of the import's garbage.
 * Returns the index of the stop character (or `end`); -1 (nothing stored) when the cell is anything
 * else, and the caller falls back to finding the end and {@link parseNumberIn}.
 */
export function scanNumberInto(text: string, start: number, end: number, stop: number, out: Float32Array, at: number): number {
  let i = start;
  let c = i < end ? text.charCodeAt(i) : stop;
  const negative = c === 45;
  if (negative) c = ++i < end ? text.charCodeAt(i) : stop;
  let mantissa = 0;
  let digits = 0;
  while (c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = ++i < end ? text.charCodeAt(i) : stop;
  }
  let decimals = 0;
  if (c === 46) {
    c = ++i < end ? text.charCodeAt(i) : stop;
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      decimals++;
      c = ++i < end ? text.charCodeAt(i) : stop;
    }
  }
  if (c !== stop || digits + decimals === 0 || digits + decimals > 15) return -1;
  // Both operands are exact integers, so the division is correctly rounded, as parseFloat would be.
  const value = decimals === 0 ? mantissa : mantissa / POW10[decimals];
  out[at] = negative ? -value : value;
  return i;
}

function parseSlow(cell: string): number {
  return STRICT_NUMBER.test(cell) ? Number(cell) : NaN;
}

/** Parses a whole cell as a number; NaN when it is not one (see {@link isMissingCell}). */
export function parseNumber(cell: string): number {
  return parseNumberIn(cell, 0, cell.length);
}

/** True for cells that mean "no value": empty, `NaN`, `null`, `None`, `NA`, `N/A`, `-` (any case). */
export function isMissingCell(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/** A number written with a decimal comma (`12,5`), as semicolon-separated European exports do. */
export function parseDecimalComma(cell: string): number {
  return /^\s*[+-]?\d+,\d+\s*$/.test(cell) ? Number(cell.replace(',', '.')) : NaN;
}

/** Whether a mapping's numbers are written with decimal commas (absent: semicolon-separated files only, as they were read before the field existed). */
export function decimalCommaOf(mapping: { decimalComma?: boolean; delimiter: string | null }): boolean {
  return mapping.decimalComma ?? mapping.delimiter === ';';
}

/** A comma between digits that cannot be a thousands separator: not 1–3 digits (no leading 0) then exactly 3. */
const DECIMAL_COMMA_ONLY = /^\s*[+-]?(?:\d{4,}|0|\d{1,3}(?=,\d{1,2}\s*$|,\d{4,}\s*$)),\d+\s*$/;
/** Thousands separators that cannot be a decimal comma: two commas, or a comma group then a decimal point. */
const GROUPING_ONLY = /^\s*[+-]?\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?\s*$|^\s*[+-]?\d{1,3}(?:,\d{3})+\.\d+\s*$/;

/**
 * Whether a tab- or comma-separated sample writes decimal commas (a spreadsheet in a European locale):
 * some cell's comma can only be a decimal one (`3,5`, `0,25`, `1234,5`) and none can only be thousands
 * (`1,234,567`, `1,234.5`). `1,234` alone stays a thousands separator, as Kibana writes it.
 */
export function writesDecimalCommas(cells: readonly string[]): boolean {
  let decimal = false;
  for (const cell of cells) {
    if (GROUPING_ONLY.test(cell)) return false;
    if (!decimal && DECIMAL_COMMA_ONLY.test(cell)) decimal = true;
  }
  return decimal;
}

/**
 * A number written with thousands separators (`1,234,567.5`), as Kibana's number formatter and
 * spreadsheets write them in quoted comma-separated cells; NaN for anything else.
 */
function parseGroupedNumber(cell: string): number {
  return /^\s*[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*$/.test(cell) ? Number(cell.replace(/,/g, '')) : NaN;
}

/** A cell's number as exports write it: plain, else with a decimal comma (`decimalComma`) or thousands separators; NaN for anything else. */
export function parseLocaleNumber(cell: string, decimalComma: boolean): number {
  const value = parseNumber(cell);
  if (!Number.isNaN(value)) return value;
  return decimalComma ? parseDecimalComma(cell) : parseGroupedNumber(cell);
}

/** A tool export's value cell: its number, NaN when it is empty (`""`, `N/A`, ...), or why it is no number. */
export function valueOrReason(cell: string, column: string): number | string {
  const value = parseNumber(cell);
  return Number.isNaN(value) && !isMissingCell(cell) ? `"${clip(cell)}" in ${column} is not a number` : value;
}

/** Why a cell was rejected, in the words the import report shows. */
export function notANumberReason(cell: string, column: string): string {
  return `"${clip(cell.trim())}" in column ${column} is not a number`;
}

/** A cell shortened for a message, so a stray 1 MB field never floods the report. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** "Most cells parse as numbers": more than half of the non-empty ones (given as parsed values). */
export function mostlyNumbers(values: number[]): boolean {
  return values.filter((v) => !Number.isNaN(v)).length * 2 > values.length;
}
