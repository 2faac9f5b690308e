import Papa from 'papaparse';
import type { Delimiter } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { classifyColumns } from './classify';
import { delimiterName, headerlessNames, headerNames } from './delimitedHeader';
import { findHostColumn } from './hostCsv';
import type { HeadLine } from './headChecks';
import { parseDecimalComma, parseNumber, writesDecimalCommas } from './numbers';
import { columnNotes, hostsNote, listNames } from './sniffNotes';
import type { Sniffed } from './sniffTypes';
import { unknownKindMessage } from './knownFormats';
import { dateOrderQuestion, detectTimeFormat } from './timeFormats';

const DELIMITERS: Delimiter[] = [',', '\t', ';', '|'];
const SAMPLE_ROWS = 10;
/** Defaults shown for data without a time column (SMD/ASD rows are a minute apart). */
export const DEFAULT_INTERVAL_SECONDS = 60;
export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);

const FORMAT_NAMES: Record<Delimiter, string> = {
  ',': 'CSV (comma-separated)',
  '\t': 'TSV (tab-separated)',
  ';': 'Semicolon-separated text',
  '|': 'Pipe-separated text',
};

/** A first row is a header when none of its cells is a number or a time. */
function isHeader(cells: string[]): boolean {
  return cells.every((cell) => Number.isNaN(parseNumber(cell)) && detectTimeFormat([cell]) === null);
}

/**
 * Reads delimited text: papaparse guesses the delimiter (comma, tab, semicolon, pipe) from the
 * sampled lines, the first row decides header or headerless, and the columns are classified.
 */
export function sniffDelimited(data: HeadLine[], fileName: string): Sniffed {
  const parsed = Papa.parse<string[]>(data.map((l) => l.text).join('\n'), { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy' });
  const delimiter = (DELIMITERS as string[]).includes(parsed.meta.delimiter) ? (parsed.meta.delimiter as Delimiter) : ',';
  const records = parsed.data;
  const hasHeader = isHeader(records[0]);
  const names = hasHeader ? headerNames(records[0]) : headerlessNames(records[0].length);
  const rows = hasHeader ? records.slice(1) : records;
  const consistent = rows.filter((row) => row.length === names.length || (row.length === names.length + 1 && row[names.length] === ''));
  if (rows.length >= 2 && consistent.length * 2 < rows.length) {
    throw new ImportError(
      fileName,
      data[hasHeader ? 1 : 0].line,
      unknownKindMessage(
        `most rows do not have the ${hasHeader ? "header's" : "first row's"} ${names.length} fields (read as ${delimiterName(delimiter)}-separated); the file's columns are inconsistent.`,
      ),
    );
  }
  // Semicolon-separated exports from European locales write decimal commas; tab and comma files do when a cell can be nothing else.
  const decimalComma = delimiter === ';' || (delimiter !== '|' && writesDecimalCommas(consistent.flat()));
  let found = classifyColumns(names, consistent, { decimalComma });
  // Rows of several hosts at one time would collide: each host's values get columns of their own
  // (named `cpu{host="web-1"}`, clearer than pivoting a lone metric on the host as a long table).
  const hostCandidates = found.long !== null ? [found.long.seriesColumn] : found.unusedColumns;
  const split = found.timeColumn !== null ? findHostColumn(names, consistent, hostCandidates, found.timeColumn) : null;
  if (split !== null && found.long !== null) found = { ...found, long: null, seriesNames: [], unusedColumns: [...found.unusedColumns, split.column] };
  if (found.valueColumns.length === 0) {
    throw new ImportError(fileName, data[0].line, unknownKindMessage(`no numeric column: nothing here can be charted (columns: ${listNames(names)}).`));
  }
  const format = hasHeader ? 'delimited' : 'headerless';
  const needsInterval = found.timeColumn === null && !hasHeader;
  const notes = [
    hasHeader
      ? `${FORMAT_NAMES[delimiter]} with a header row.`
      : `Numbers without a header row (${names.length} ${delimiterName(delimiter)}-separated columns, named col1..col${names.length}), like the SMD and ASD data sets.`,
    ...columnNotes(
      found,
      hasHeader
        ? 'No time column was found: pick one, or state the interval between rows and the start time.'
        : `No time column: state the interval between rows and the start time (defaults: ${DEFAULT_INTERVAL_SECONDS} s from 2024-01-01 00:00:00 UTC).`,
    ),
  ];
  if (decimalComma && consistent.some((row) => row.some((cell) => !Number.isNaN(parseDecimalComma(cell))))) {
    notes.push('Numbers are written with decimal commas (12,5) and read as 12.5.');
  }
  if (split !== null) notes.push(`\`${split.column}\` names ${hostsNote(split.hosts)}`);
  const question = dateOrderQuestion(found.timeFormat, consistent.map((row) => row[names.indexOf(found.timeColumn ?? '')] ?? ''));
  if (question !== null) notes.push(question);
  const inconsistent = rows.length - consistent.length;
  if (inconsistent > 0) notes.push(`${inconsistent} of the first ${rows.length} rows have a different number of fields and will be skipped.`);
  return {
    mapping: {
      format,
      delimiter,
      ...(decimalComma && delimiter !== ';' ? { decimalComma } : {}),
      timeColumn: found.timeColumn,
      timeFormat: found.timeFormat,
      valueColumns: found.valueColumns,
      long: found.long,
      labelColumn: found.labelColumn,
      intervalSeconds: needsInterval ? DEFAULT_INTERVAL_SECONDS : null,
      startTime: needsInterval ? DEFAULT_START_TIME : null,
      ...(split !== null ? { hostColumn: split.column } : {}),
    },
    columns: found.columns,
    sampleRows: rows.slice(0, SAMPLE_ROWS),
    notes,
    ...(split !== null ? { hosts: split.hosts } : {}),
  };
}
