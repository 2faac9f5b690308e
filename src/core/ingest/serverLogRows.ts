import type { ImportMapping } from '../../shared/ingest';
import { clip, isMissingCell, notANumberReason, parseNumberIn, scanNumberInto } from './numbers';
import { isBlank, LineSplitter, startsWithAt } from './lineSplitter';
import type { PartedParser } from './table';
import { RowTable, requireRows } from './tableBuilder';
import { TimeReader } from './timeFormats';

/** Where one `key=value` pair of the previous line's layout goes: its ` key=` text and its column (-1: not mapped). */
interface Pair {
  prefix: string;
  column: number;
}

const NOT_A_LINE = 'not a server log line (expected "YYYY-MM-DD HH:MM:SS [server] key=value ...")';
const STAMP = 19;
const SPACE = 32;

/**
 * Parses this app's `server_logs.txt` (`2024-01-01 00:00:30 [server-1] cpu=23.50 ram=41.20 ...`):
 * one row per line, one column per mapped key (`NaN` or an empty value is a missing cell), `#` lines
 * skipped. Lines from a second server are skipped, since columns are named by key alone.
 */
export function createServerLogParser(mapping: ImportMapping, fileName: string): PartedParser {
  const names = mapping.valueColumns;
  const table = new RowTable(names, false);
  const columnOf = new Map(names.map((name, i) => [name, i]));
  const time = new TimeReader('datetime');
  // Values of keys that are not mapped are read (to find their end) into here.
  const unmapped = new Float32Array(1);
  // Every line of a file usually has the same keys in the same order: check each with one startsWithAt.
  const layout: Pair[] = [];
  let server: string | null = null;

  const readLine = (text: string, start: number, end: number): string | null => {
    if (end - start < STAMP + 3 || text.charCodeAt(start + STAMP) !== 32 || text.charCodeAt(start + STAMP + 1) !== 91) return NOT_A_LINE;
    const ms = time.read(text, start, start + STAMP);
    if (Number.isNaN(ms)) return `the time "${text.slice(start, start + STAMP)}" is not a valid date`;
    const close = text.indexOf(']', start + STAMP + 2);
    if (close === -1 || close >= end) return NOT_A_LINE;
    const nameStart = start + STAMP + 2;
    if (server === null) server = text.slice(nameStart, close);
    else if (close - nameStart !== server.length || !startsWithAt(text, nameStart, server)) {
      return `server "${clip(text.slice(nameStart, close))}" differs from "${server}"; a server log is read for one server`;
    }
    table.clear();
    const cells = table.cells;
    const row = table.row;
    let pos = close + 1;
    for (let j = 0; pos < end; j++) {
      let column: number;
      let valueStart: number;
      const expected = layout[j];
      if (expected !== undefined && startsWithAt(text, pos, expected.prefix)) {
        column = expected.column;
        valueStart = pos + expected.prefix.length;
      } else {
        if (isBlank(text, pos, end)) break;
        while (text.charCodeAt(pos + 1) === SPACE) pos++;
        const eq = text.indexOf('=', pos);
        const key = eq === -1 || eq >= end ? '' : text.slice(pos + 1, eq);
        if (text.charCodeAt(pos) !== 32 || key === '' || key.includes(' ')) {
          return `"${clip(text.slice(pos, end).trim())}" is not a list of key=value pairs`;
        }
        column = columnOf.get(key) ?? -1;
        layout.length = j;
        layout.push({ prefix: ` ${key}=`, column });
        valueStart = eq + 1;
      }
      let valueEnd = column >= 0 ? scanNumberInto(text, valueStart, end, SPACE, cells[column], row) : scanNumberInto(text, valueStart, end, SPACE, unmapped, 0);
      if (valueEnd < 0) {
        // Not a plain number (NaN, an exponent, garbage): find the value's end and look closer.
        valueEnd = text.indexOf(' ', valueStart);
        if (valueEnd === -1 || valueEnd > end) valueEnd = end;
        const cell = text.slice(valueStart, valueEnd);
        const value = parseNumberIn(text, valueStart, valueEnd);
        if (column >= 0 && Number.isNaN(value) && !isMissingCell(cell)) return notANumberReason(cell, names[column]);
        if (column >= 0) table.set(column, value);
      }
      pos = valueEnd;
    }
    table.commit(ms);
    return null;
  };

  const splitter = new LineSplitter(fileName, (text, start, end, line) => {
    if (text.charCodeAt(start) === 35 || isBlank(text, start, end)) return;
    table.rowsRead++;
    const problem = readLine(text, start, end);
    if (problem !== null) table.skips.add(line, problem);
  });

  return {
    push: (text) => splitter.push(text),
    finish: () => {
      splitter.finish();
      return requireRows(fileName, table.toTable());
    },
    // Lines stand alone but for the server name, which a later part settles on by itself and joining compares.
    head: () => '',
    get lines() {
      return splitter.lines;
    },
    atRecordEnd: () => splitter.atLineStart,
    settled: () => server,
    finishPart: () => {
      splitter.finish();
      return { table: table.toTable(), settled: server, inconsistent: 0, firstInconsistent: 0 };
    },
    finishWith: (rest) => {
      splitter.finish();
      return requireRows(fileName, table.toTable({ table: rest.table, lineOffset: splitter.lines - rest.headLines }));
    },
  };
}
