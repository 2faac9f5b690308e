import type { ImportMapping } from '../../shared/ingest';
import type { Layout } from './delimitedLayout';
import { clip, decimalCommaOf, isMissingCell, notANumberReason, parseLocaleNumber, scanNumberInto } from './numbers';
import { PivotTable } from './pivotTable';
import type { ParsedTable } from './table';
import { RowTable, type LaterRows, type SkipLog } from './tableBuilder';
import { TimeReader } from './timeFormats';

const IGNORE = -1;
const TIME = -2;
const LABEL = -3;
const SERIES = -4;
const QUOTE = 34;

/**
 * Reads delimited records into a wide table (one column per mapped value column) or, for a long
 * layout, a pivot. Plain and simply quoted lines are read in place, in one pass per line; records
 * that need full CSV rules arrive as papaparse's fields. A row is stored whole or skipped with a reason.
 */
export class DelimitedRows {
  private readonly wide: RowTable | null;
  private readonly long: PivotTable | null;
  private readonly counts: { rowsRead: number; skips: SkipLog };
  /** Each field's job: a value column's index (>= 0) or TIME, LABEL, SERIES, IGNORE. */
  private readonly roles: Int32Array;
  private readonly time: TimeReader;
  private readonly code: number;
  private readonly decimalComma: boolean;
  private readonly delimiter: string;
  /** The value cell of the long row being read. */
  private longValue = NaN;
  private readonly expected: number;
  private readonly start: number;
  private readonly step: number;
  private index = 0;
  /** Rows whose field count differs from the header's, and the first one's line. */
  inconsistent = 0;
  firstInconsistent = 0;

  constructor(private readonly layout: Layout, mapping: ImportMapping, private readonly hasHeader: boolean) {
    this.long = mapping.long === null ? null : new PivotTable();
    this.wide = mapping.long === null ? new RowTable(mapping.valueColumns, layout.labelField >= 0) : null;
    this.counts = (this.wide ?? this.long)!;
    this.roles = new Int32Array(layout.names.length).fill(IGNORE);
    layout.valueFields.forEach((field, k) => (this.roles[field] = k));
    if (layout.labelField >= 0) this.roles[layout.labelField] = LABEL;
    if (layout.seriesField >= 0) this.roles[layout.seriesField] = SERIES;
    if (layout.timeField >= 0) this.roles[layout.timeField] = TIME;
    this.time = new TimeReader(mapping.timeFormat);
    this.delimiter = mapping.delimiter ?? ',';
    this.code = this.delimiter.charCodeAt(0);
    this.decimalComma = decimalCommaOf(mapping);
    this.expected = layout.names.length;
    this.start = mapping.startTime ?? 0;
    this.step = (mapping.intervalSeconds ?? 0) * 1000;
  }

  get rowsRead(): number {
    return this.counts.rowsRead;
  }

  /** Records a record that could not be read at all. */
  skip(line: number, reason: string): void {
    this.counts.rowsRead++;
    this.index++;
    this.counts.skips.add(line, reason);
  }

  /** Reads `text[start, end)` in place; false (and nothing stored) when its quoting needs papaparse. */
  readLine(text: string, start: number, end: number, line: number): boolean {
    const { roles, code } = this;
    const wide = this.wide;
    const cells = wide?.cells;
    const row = wide?.row ?? 0;
    let ms = NaN;
    let series = '';
    let problem: string | null = null;
    let count = 0;
    let lastEmpty = false;
    for (let pos = start; ; count++) {
      const role = count < roles.length ? roles[count] : IGNORE;
      if (role >= 0 && cells !== undefined) {
        // The common case: a plain number read while its end is found (a quote is no digit, so it declines).
        const stop = scanNumberInto(text, pos, end, code, cells[role], row);
        if (stop >= 0) {
          lastEmpty = false;
          pos = stop;
          if (pos >= end) break;
          pos++;
          continue;
        }
      }
      let a = pos;
      let b: number;
      let next: number;
      if (pos < end && text.charCodeAt(pos) === QUOTE) {
        const close = text.indexOf('"', pos + 1);
        if (close === -1 || close >= end || (close + 1 < end && text.charCodeAt(close + 1) !== code)) return false;
        a = pos + 1;
        b = close;
        next = close + 1;
      } else {
        b = text.indexOf(this.delimiter, pos);
        if (b === -1 || b > end) b = end;
        next = b;
      }
      lastEmpty = a === b;
      if (role !== IGNORE && problem === null) {
        if (role === TIME) {
          ms = this.time.read(text, a, b);
          if (Number.isNaN(ms)) problem = this.timeProblem(text.slice(a, b), count);
        } else if (role === SERIES) {
          series = text.slice(a, b).trim();
        } else {
          const value = this.cellValue(text.slice(a, b), count);
          if (typeof value === 'string') problem = value;
          else this.storeValue(role, value);
        }
      }
      if (next >= end) break;
      pos = next + 1;
    }
    this.finishRow(count + 1, lastEmpty, ms, series, problem, line);
    return true;
  }

  /** Reads a record papaparse split into fields. */
  readFields(fields: string[], line: number): void {
    const { roles } = this;
    let ms = NaN;
    let series = '';
    let problem: string | null = null;
    for (let f = 0; f < fields.length && f < roles.length && problem === null; f++) {
      const role = roles[f];
      if (role === TIME) {
        ms = this.time.readCell(fields[f]);
        if (Number.isNaN(ms)) problem = this.timeProblem(fields[f], f);
      } else if (role === SERIES) {
        series = fields[f].trim();
      } else if (role !== IGNORE) {
        const value = this.cellValue(fields[f], f);
        if (typeof value === 'string') problem = value;
        else this.storeValue(role, value);
      }
    }
    this.finishRow(fields.length, fields[fields.length - 1] === '', ms, series, problem, line);
  }

  /** The rows read; a later part's rows after them (a wide table's only: a long one is never read in parts). */
  toTable(later?: LaterRows): ParsedTable {
    if (later && this.long) throw new RangeError('A long table is read in one part.');
    return this.long?.toTable() ?? this.wide!.toTable(later);
  }

  private finishRow(count: number, lastEmpty: boolean, ms: number, series: string, problem: string | null, line: number): void {
    const index = this.index++;
    this.counts.rowsRead++;
    const { expected, layout } = this;
    if (count !== expected && !(count === expected + 1 && lastEmpty)) {
      this.inconsistent++;
      this.firstInconsistent ||= line;
      problem = `the row has ${count} fields but the ${this.hasHeader ? 'header' : 'first row'} has ${expected}`;
    } else if (problem === null && layout.timeField < 0) {
      ms = this.start + index * this.step;
    }
    if (problem === null && this.long !== null) {
      if (series === '') problem = `the series name in column ${layout.names[layout.seriesField]} is empty`;
      else this.long.set(this.long.rowFor(ms), this.long.columnFor(series), this.longValue);
    } else if (problem === null) {
      this.wide!.commit(ms);
    }
    if (problem !== null) this.counts.skips.add(line, problem);
  }

  private storeValue(role: number, value: number): void {
    if (role === LABEL) this.wide!.label = value !== 0 && !Number.isNaN(value) ? 1 : 0;
    else if (this.long !== null) this.longValue = value;
    else this.wide!.set(role, value);
  }

  /** A cell's number, NaN when it is empty, or the reason it is not a number. */
  private cellValue(cell: string, field: number): number | string {
    const value = parseLocaleNumber(cell, this.decimalComma);
    return Number.isNaN(value) && !isMissingCell(cell) ? notANumberReason(cell, this.layout.names[field]) : value;
  }

  private timeProblem(cell: string, field: number): string {
    const name = this.layout.names[field];
    return cell.trim() === '' ? `the time in column ${name} is empty` : `"${clip(cell.trim())}" in column ${name} is not a time`;
  }
}
