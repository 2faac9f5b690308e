import type { ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { buildLayout } from './delimitedLayout';
import { headerlessNames, headerNames, splitRecord } from './delimitedHeader';
import { DelimitedRows } from './delimitedRows';
import { isBlank, LineSplitter } from './lineSplitter';
import { RecordReader } from './recordReader';
import type { PartedParser } from './table';
import { requireRows } from './tableBuilder';

/** After this many rows, a file whose rows mostly disagree with the header fails at once. */
const EARLY_CHECK_ROWS = 1000;

/**
 * Parses delimited text: 'delimited' reads its column names from the first line, 'headerless' names
 * them col1..colN. Times come from the mapped time column, else from `startTime + row * intervalSeconds`.
 * Rows with another field count, an unreadable time or a non-numeric cell are skipped and counted
 * (failing when most rows disagree with the header); a long table is pivoted to one column per series.
 */
export function createDelimitedParser(mapping: ImportMapping, fileName: string): PartedParser {
  const delimiter = mapping.delimiter ?? ',';
  const hasHeader = mapping.format === 'delimited';
  let rows: DelimitedRows | null = null;
  let reader: RecordReader | null = null;
  let checked = false;
  /** The header line, which a parser of a later part reads first (a headerless file has none to give). */
  let head: string | null = null;

  const checkConsistency = ({ inconsistent, rowsRead, firstInconsistent }: Pick<DelimitedRows, 'inconsistent' | 'rowsRead' | 'firstInconsistent'>) => {
    if (inconsistent * 2 <= rowsRead) return;
    throw new ImportError(
      fileName,
      firstInconsistent,
      `most rows (${inconsistent} of ${rowsRead}) do not have the ${hasHeader ? "header's" : "first row's"} number of fields; is the delimiter right?`,
    );
  };

  const begin = (names: string[], line: number): RecordReader => {
    const current = new DelimitedRows(buildLayout(names, mapping, fileName, hasHeader ? line : null), mapping, hasHeader);
    rows = current;
    return new RecordReader(
      fileName,
      delimiter,
      (text, start, end, at) => current.readLine(text, start, end, at),
      (fields, at) => current.readFields(fields, at),
      (at, reason) => current.skip(at, reason),
    );
  };

  const splitter = new LineSplitter(fileName, (text, start, end, line) => {
    if (text.charCodeAt(start) === 35 || isBlank(text, start, end)) return;
    if (reader === null) {
      const cells = splitRecord(text.slice(start, end), delimiter);
      reader = begin(hasHeader ? headerNames(cells) : headerlessNames(cells.length), line);
      if (hasHeader) {
        head = `${text.slice(start, end)}\n`;
        return;
      }
    }
    reader.line(text, start, end, line);
    if (!checked && rows!.rowsRead >= EARLY_CHECK_ROWS) {
      checked = true;
      checkConsistency(rows!);
    }
  });

  /** The rows read, once the text has ended. */
  const finishRows = (): DelimitedRows => {
    splitter.finish();
    reader?.finish();
    if (rows === null) throw new ImportError(fileName, null, 'the file is empty or holds only comment lines.');
    return rows;
  };

  return {
    push: (text) => {
      splitter.push(text);
      reader?.flush();
    },
    finish: () => {
      const current = finishRows();
      checkConsistency(current);
      return requireRows(fileName, current.toTable());
    },
    // A headerless file's first row sets the field count, which a later part cannot know: only a header is a head.
    head: () => head,
    get lines() {
      return splitter.lines;
    },
    atRecordEnd: () => splitter.atLineStart && !(reader?.inRecord ?? false),
    settled: () => null,
    finishPart: () => {
      const current = finishRows();
      return { table: current.toTable(), settled: null, inconsistent: current.inconsistent, firstInconsistent: current.firstInconsistent };
    },
    finishWith: (rest) => {
      const current = finishRows();
      const lineOffset = splitter.lines - rest.headLines;
      checkConsistency({
        inconsistent: current.inconsistent + rest.inconsistent,
        rowsRead: current.rowsRead + rest.table.rowsRead,
        firstInconsistent: current.firstInconsistent || (rest.firstInconsistent && rest.firstInconsistent + lineOffset),
      });
      return requireRows(fileName, current.toTable({ table: rest.table, lineOffset }));
    },
  };
}
