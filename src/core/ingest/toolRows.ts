import type { ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { namesByHost, splitHost } from './hostSeries';
import { LineSplitter } from './lineSplitter';
import { listNames } from './sniffNotes';
import { PivotTable } from './pivotTable';
import type { RowParser } from './table';
import { requireRows } from './tableBuilder';

/** Receives one value: its time (epoch ms), its series' full name (host label included), the value (NaN: missing). */
export type PointSink = (time: number, series: string, value: number) => void;

/**
 * One monitoring tool's text, read a line at a time (readers keep what a header or banner said).
 * `read` returns true for a data line (its values emitted), false for any other line (header, banner,
 * blank, summary), or the reason a data line cannot be read; a file it cannot read at all throws.
 */
export interface ToolLines {
  read(text: string, line: number, emit: PointSink): boolean | string;
  /** Sentences for the preview on what the lines said (times and zones, hosts, skipped summaries). */
  notes?(): string[];
}

/** A tool's reader with its name in words, e.g. "InfluxDB annotated CSV". */
export interface ToolFormat {
  name: string;
  lines(fileName: string): ToolLines;
}

/** The values one line emitted, held until the line is known to be readable. */
export class LinePoints {
  private readonly times: number[] = [];
  private readonly series: string[] = [];
  private readonly values: number[] = [];
  private readonly sink: PointSink = (time, series, value) => {
    this.times.push(time);
    this.series.push(series);
    this.values.push(value);
  };

  /** Reads one line with `lines`; a line is stored whole or not at all: its values reach `emit` only when it was readable. */
  read(lines: ToolLines, text: string, line: number, emit: PointSink): boolean | string {
    const result = lines.read(text, line, this.sink);
    if (result === true) for (let i = 0; i < this.times.length; i++) emit(this.times[i], this.series[i], this.values[i]);
    this.times.length = 0;
    this.series.length = 0;
    this.values.length = 0;
    return result;
  }
}

/**
 * A streaming parser for a tool's text: every value lands in a pivot (one row per time, one column
 * per series); series not ticked in `mapping.valueColumns` (by full name or name without the host)
 * and other hosts than `mapping.host` are dropped. Rows may come in any order; alignment sorts them.
 * A selected series with no value at all is an ImportError, never a silently empty column.
 */
export function createToolParser(mapping: ImportMapping, fileName: string, format: ToolFormat): RowParser {
  const pivot = new PivotTable();
  const wanted = new Set(mapping.valueColumns);
  const only = mapping.host ?? null;
  const keep = new Map<string, boolean>();
  const filled = new Set<number>();
  const lines = format.lines(fileName);
  const emit: PointSink = (time, series, value) => {
    let kept = keep.get(series);
    if (kept === undefined) {
      const { host, bare } = splitHost(series);
      kept = (wanted.has(series) || wanted.has(bare)) && (only === null || host === only);
      keep.set(series, kept);
    }
    if (!kept) return;
    const column = pivot.columnFor(series);
    pivot.set(pivot.rowFor(time), column, value);
    if (!Number.isNaN(value)) filled.add(column);
  };
  const line = new LinePoints();
  const splitter = new LineSplitter(fileName, (text, start, end, number) => {
    const result = line.read(lines, text.slice(start, end), number, emit);
    if (result === false) return;
    pivot.rowsRead++;
    if (result !== true) pivot.skips.add(number, result);
  });
  return {
    push: (text) => splitter.push(text),
    finish: () => {
      splitter.finish();
      const keys = pivot.seriesKeys;
      if (keys.length === 0 && pivot.rowsRead > pivot.skips.count) {
        throw new ImportError(fileName, null, `${format.name}: none of the selected series (${listNames(mapping.valueColumns)}) appear in the file${only === null ? '' : ` for host ${only}`}.`);
      }
      const names = namesByHost(keys, only);
      const empty = keys.filter((_, c) => !filled.has(c)).map((key) => names.get(key) ?? key);
      if (empty.length > 0 && empty.length < keys.length) {
        throw new ImportError(fileName, null, `${format.name}: ${listNames(empty)} ${empty.length === 1 ? 'has' : 'have'} no values in the whole file; untick ${empty.length === 1 ? 'it' : 'them'} to import the rest.`);
      }
      const table = requireRows(fileName, pivot.toTable((key) => names.get(key) ?? null));
      if (empty.length > 0) throw new ImportError(fileName, null, `${format.name}: the selected series hold no values, only empty cells.`);
      return table;
    },
  };
}
