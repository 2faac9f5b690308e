import type { ColumnCandidate, LongFormat, TimeFormat } from '../../shared/ingest';
import { isMissingCell, mostlyNumbers, parseLocaleNumber, parseNumber } from './numbers';
import { detectTimeFormat, looksLikeTimeName } from './timeFormats';

const LABEL_NAME = /label|anomal|outlier|attack|fault/i;
/** Names of columns that say which machine, CPU or sampling a row is about, rather than measure it. */
const IDENTIFIER_NAME = /^(?:host(?:name|\.name)?|instance|node|server|interval|cpu|core|id|pid|port)$/i;
const SAMPLES = 5;

/** What the sampled cells say each column is for. */
export interface Classified {
  columns: ColumnCandidate[];
  timeColumn: string | null;
  timeFormat: TimeFormat | null;
  valueColumns: string[];
  labelColumn: string | null;
  long: LongFormat | null;
  /** Columns listed but not imported: text, or a second time column. */
  unusedColumns: string[];
  /** For a long table, the series seen in the sample, in order. */
  seriesNames: string[];
  /** Numeric columns named like an identifier (host, interval, cpu) holding one value: not proposed as metrics. */
  identifierColumns: string[];
}

/**
 * Classifies columns from sampled rows: numeric or text, which holds the time (date strings first,
 * then epoch numbers in a column named like a time or first and rising), a 0/1 label column named
 * like one, and whether the table is long (one text column of repeating names plus one value column).
 */
export function classifyColumns(names: string[], rows: string[][], options: { decimalComma?: boolean } = {}): Classified {
  const columns: ColumnCandidate[] = names.map((name, i) => {
    const cells = rows.map((row) => row[i] ?? '');
    const filled = cells.filter((cell) => !isMissingCell(cell));
    const numbers = filled.map((cell) => parseLocaleNumber(cell, options.decimalComma ?? false));
    const numeric = mostlyNumbers(numbers);
    let timeFormat = detectTimeFormat(cells, { dayFirst: options.decimalComma });
    const epoch = timeFormat === 'epoch-s' || timeFormat === 'epoch-ms';
    // Many metrics (bytes, counters) are ~1e9 too: only a time-like name or a first, rising column is a clock.
    if (epoch && !looksLikeTimeName(name) && !(i === 0 && rising(numbers))) timeFormat = null;
    return { name, numeric, timeFormat, samples: cells.slice(0, SAMPLES) };
  });

  const time = pickTimeColumn(columns);
  const numericOthers = columns.filter((c) => c.numeric && c !== time && c.timeFormat === null);
  const label =
    numericOthers.length > 1
      ? numericOthers.find((c) => LABEL_NAME.test(c.name) && onlyZeroOne(rows, names.indexOf(c.name)))
      : undefined;
  // A constant `interval` or `cpu` (-1) column identifies rows; charting it would only add a flat line.
  const identifiers = numericOthers.filter((c) => c !== label && IDENTIFIER_NAME.test(c.name) && constant(rows, names.indexOf(c.name)));
  const values = numericOthers.filter((c) => c !== label && !identifiers.includes(c));
  const text = columns.filter((c) => !c.numeric && c.timeFormat === null);
  const unused = columns.filter((c) => c !== time && c !== label && !values.includes(c));

  const result: Classified = {
    columns,
    timeColumn: time?.name ?? null,
    timeFormat: time?.timeFormat ?? null,
    valueColumns: values.map((c) => c.name),
    labelColumn: label?.name ?? null,
    long: null,
    unusedColumns: unused.map((c) => c.name),
    seriesNames: [],
    identifierColumns: identifiers.map((c) => c.name),
  };
  if (time !== undefined && text.length === 1 && values.length === 1) {
    const seriesCells = rows.map((row) => (row[names.indexOf(text[0].name)] ?? '').trim()).filter((cell) => cell !== '');
    const series = [...new Set(seriesCells)];
    if (seriesCells.length >= 2 && series.length * 2 <= seriesCells.length) {
      result.long = { seriesColumn: text[0].name, valueColumn: values[0].name };
      result.labelColumn = null;
      result.seriesNames = series;
      result.unusedColumns = result.unusedColumns.filter((name) => name !== text[0].name);
    }
  }
  return result;
}

/** The time column: date strings before epoch numbers, a time-like name before any other, then file order. */
function pickTimeColumn(columns: ColumnCandidate[]): ColumnCandidate | undefined {
  const rank = (c: ColumnCandidate) =>
    (c.timeFormat === 'iso' || c.timeFormat === 'datetime' ? 0 : 2) + (looksLikeTimeName(c.name) ? 0 : 1);
  return columns
    .filter((c) => c.timeFormat !== null)
    .sort((a, b) => rank(a) - rank(b))[0];
}

function rising(values: number[]): boolean {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length > 1 && known.every((v, i) => i === 0 || v >= known[i - 1]) && known[known.length - 1] > known[0];
}

function constant(rows: string[][], index: number): boolean {
  const cells = rows.map((row) => (row[index] ?? '').trim()).filter((cell) => !isMissingCell(cell));
  return cells.length > 1 && cells.every((cell) => cell === cells[0]);
}

function onlyZeroOne(rows: string[][], index: number): boolean {
  return rows.every((row) => {
    const cell = row[index] ?? '';
    const value = parseNumber(cell);
    return isMissingCell(cell) || value === 0 || value === 1;
  });
}
