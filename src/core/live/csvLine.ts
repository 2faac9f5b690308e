import type { Delimiter } from '../../shared/ingest';
import { headerNames, splitRecord } from '../ingest/delimitedHeader';
import { parseNumber } from '../ingest/numbers';
import { detectTimeFormat } from '../ingest/timeFormats';
import { rowFromFields } from './liveFields';
import { liveError, type LiveMessageError } from './liveProblem';
import type { LiveRow } from './liveRow';

const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|'];

/** How CSV (or TSV, semicolon, pipe) lines of a live source are read: their header's names and delimiter. */
export interface CsvLayout {
  names: string[];
  delimiter: Delimiter;
  /** The header line as sent, so a repeated header (a restarted writer) is recognised and skipped. */
  header: string;
}

/**
 * The layout a header line describes. The delimiter is the one that occurs most often in the line
 * unless given; names are made unique as the importer does. The time column is found per line by name
 * (see liveFields), so a header without one is fine: those rows take their arrival time.
 */
export function csvLayoutFromHeader(header: string, delimiter?: Delimiter): CsvLayout | LiveMessageError {
  const text = header.replace(/^\ufeff/, '').trimEnd();
  if (text.trim() === '') return liveError('unknown-format', 'the CSV header line is empty', header);
  const chosen = delimiter ?? guessDelimiter(text);
  const names = headerNames(splitRecord(text, chosen));
  if (!isHeaderCells(names)) {
    return liveError('unknown-format', 'the first CSV line holds numbers or times, not column names; send the header line first', header);
  }
  return { names, delimiter: chosen, header: text };
}

/** True when a line could be a header: none of its cells is a number or a time. */
export function looksLikeCsvHeader(line: string, delimiter?: Delimiter): boolean {
  const text = line.trim();
  return text !== '' && isHeaderCells(splitRecord(text, delimiter ?? guessDelimiter(text)));
}

/** One CSV line as a row by its header's names; a line with another field count is an error. */
export function parseCsvLine(line: string, layout: CsvLayout, arrivalMs: number): LiveRow | LiveMessageError {
  const cells = splitRecord(line, layout.delimiter);
  const count = layout.names.length;
  // A trailing delimiter (an empty last field) is common in exports and harmless.
  if (cells.length === count + 1 && cells[count].trim() === '') cells.length = count;
  if (cells.length !== count) {
    return liveError('field-count', `the line has ${cells.length} fields, the header has ${count} (${layout.names.join(', ')})`, line);
  }
  const fields = new Map(layout.names.map((name, i) => [name, cells[i]]));
  return rowFromFields(fields, arrivalMs, { decimalComma: layout.delimiter === ';' });
}

function guessDelimiter(line: string): Delimiter {
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = line.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

function isHeaderCells(cells: string[]): boolean {
  return cells.every((cell) => Number.isNaN(parseNumber(cell)) && detectTimeFormat([cell]) === null);
}
