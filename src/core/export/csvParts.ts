import Papa from 'papaparse';
import { isNeutralised } from './cells';

/** Rows unparsed per call: big enough to amortise the call, small enough that no 500k-row array of arrays exists at once. */
export const CSV_CHUNK_ROWS = 10_000;

const LINE_END = '\r\n';

/**
 * An RFC 4180 CSV (CRLF line ends; fields with a comma, a quote or a line break quoted, quotes
 * doubled) as parts whose concatenation is the file, ready for `new Blob(parts, { type: 'text/csv' })`.
 * Cells must already be text (see cells.ts); every record, the last included, ends with CRLF.
 * @param rowAt the cells of data row `index`, in header order (a fresh array each call)
 */
export function csvParts(header: readonly string[], rowCount: number, rowAt: (index: number) => string[], chunkRows = CSV_CHUNK_ROWS): string[] {
  const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: LINE_END, quotes: quoteNeutralised }) + LINE_END;
  const parts = [unparse([[...header]])];
  for (let from = 0; from < rowCount; from += chunkRows) {
    const to = Math.min(rowCount, from + chunkRows);
    const rows: string[][] = new Array(to - from);
    for (let r = from; r < to; r++) rows[r - from] = rowAt(r);
    parts.push(unparse(rows));
  }
  return parts;
}

// OWASP also advises quoting a neutralised cell; papaparse quotes the rest as RFC 4180 requires.
function quoteNeutralised(value: unknown): boolean {
  return typeof value === 'string' && isNeutralised(value);
}
