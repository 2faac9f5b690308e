/** One cell of an exported CSV, as text; papaparse adds the quoting. */

/** A metric and its share (0..1) of a row's or an incident's reconstruction error. */
export interface MetricShare {
  key: string;
  share: number;
}

// OWASP's list of characters that make a spreadsheet read a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet shows as text: one that begins with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading `'` (OWASP's advice against CSV formula injection). Use it for every cell
 * that holds text (names, ids, labels, headers), never for numbers: see `float32Cell`.
 */
export function textCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** True for a cell `textCell` neutralised, so the writer can quote it as OWASP also advises. */
export function isNeutralised(cell: string): boolean {
  return cell.charCodeAt(0) === 39; // '
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, d) => 10 ** d);

/**
 * A value read from a Float32Array as the shortest decimal that reads back as the same float32
 * (0.1, not 0.10000000149011612); empty for NaN and ±Infinity. Numeric cells are never
 * neutralised: a spreadsheet reads `-3.2` as the number −3.2, not as a formula.
 */
export function float32Cell(value: number): string {
  if (!Number.isFinite(value)) return '';
  const magnitude = Math.abs(value);
  if (magnitude < 16_777_216 && magnitude >= 1e-6) {
    // Fewest decimals that survive the float32 round trip, by arithmetic: several times faster than toPrecision.
    for (let d = 0; d < POWERS_OF_TEN.length && magnitude * POWERS_OF_TEN[d] < 2 ** 53; d++) {
      const candidate = Math.round(value * POWERS_OF_TEN[d]) / POWERS_OF_TEN[d];
      if (Math.fround(candidate) === value) return String(candidate);
    }
  }
  for (let digits = 1; digits < 9; digits++) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === value) return String(Number(text));
  }
  return String(Number(value.toPrecision(9)));
}

/**
 * A double as a numeric cell, rounded to `significantDigits` when given (e.g. a mean that only
 * float32 precision supports); empty for NaN and ±Infinity. Never neutralised, like `float32Cell`.
 */
export function numberCell(value: number, significantDigits?: number): string {
  if (!Number.isFinite(value)) return '';
  return String(significantDigits === undefined ? value : Number(value.toPrecision(significantDigits)));
}

/** Epoch milliseconds as ISO 8601 in UTC (`2024-03-01T12:00:00Z`, milliseconds only when present); empty when invalid. */
export function isoTimeCell(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? `${iso.slice(0, -5)}Z` : iso;
}

/** An id as a cell: a number stays a number, text is neutralised, null is empty. */
export function idCell(id: string | number | null): string {
  if (id === null) return '';
  return typeof id === 'number' ? numberCell(id) : textCell(id);
}

/** Metric shares as one text cell, largest first as given: `db.cpu 62%; web.cpu 20%`. */
export function sharesCell(shares: readonly MetricShare[]): string {
  return textCell(shares.map(({ key, share }) => `${key} ${Math.round(share * 100)}%`).join('; '));
}
