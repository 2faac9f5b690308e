import type { Delimiter, ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { headerNames, splitRecord } from './delimitedHeader';
import { clip, decimalCommaOf, isMissingCell, notANumberReason, parseLocaleNumber } from './numbers';
import { HOST_LABELS, seriesName } from './seriesName';
import { TimeReader } from './timeFormats';
import type { PointSink, ToolFormat, ToolLines } from './toolRows';

/** Column names that say which machine a row comes from. */
const HOST_COLUMN = /^(?:host|hostname|host\.name|instance|server|node|agent\.hostname|beat\.hostname)$/i;

/**
 * The column of a delimited sample that names several hosts at the same time (two rows with one
 * time and different hosts), and those hosts in first-seen order; null when there is none. A host
 * that only takes over from another (a failover) leaves one series, so it is no reason to split.
 */
export function findHostColumn(names: string[], rows: string[][], candidates: readonly string[], timeColumn: string): { column: string; hosts: string[] } | null {
  const t = names.indexOf(timeColumn);
  for (const column of candidates) {
    if (!HOST_COLUMN.test(column)) continue;
    const i = names.indexOf(column);
    const hostAt = new Map<string, string>();
    let collide = false;
    for (const row of rows) {
      const host = (row[i] ?? '').trim();
      const seen = hostAt.get(row[t] ?? '');
      if (seen !== undefined && seen !== host) collide = true;
      hostAt.set(row[t] ?? '', host);
    }
    const hosts = [...new Set(rows.map((row) => (row[i] ?? '').trim()).filter((cell) => cell !== ''))];
    if (collide && hosts.length > 1) return { column, hosts };
  }
  return null;
}

/**
 * Reads delimited rows whose host column varies: each value column becomes one series per host
 * (`cpu{host="web-1"}`), so rows of several hosts at one time never collide. Lines are split one by
 * one (quotes handled), times read in the mapped format, decimal commas in semicolon files.
 */
function hostCsvLines(mapping: ImportMapping, fileName: string): ToolLines {
  const delimiter: Delimiter = mapping.delimiter ?? ',';
  const time = new TimeReader(mapping.timeFormat);
  const decimalComma = decimalCommaOf(mapping);
  const label = HOST_LABELS.includes(mapping.hostColumn ?? '') ? mapping.hostColumn! : 'host';
  let layout: { time: number; host: number; values: number[]; names: string[] } | null = null;
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      if (text.trim() === '' || text.startsWith('#')) return false;
      const cells = splitRecord(text, delimiter);
      if (layout === null) {
        const names = headerNames(cells);
        const find = (name: string) => {
          const i = names.indexOf(name);
          if (i < 0) throw new ImportError(fileName, line, `the column "${clip(name)}" is not in the file (its columns: ${names.join(', ')}).`);
          return i;
        };
        layout = { time: find(mapping.timeColumn ?? ''), host: find(mapping.hostColumn ?? ''), values: mapping.valueColumns.map(find), names };
        return false;
      }
      const ms = time.readCell(cells[layout.time] ?? '');
      if (Number.isNaN(ms)) return `"${clip(cells[layout.time] ?? '')}" in column ${layout.names[layout.time]} is not a time`;
      const host = (cells[layout.host] ?? '').trim();
      for (const i of layout.values) {
        const cell = cells[i] ?? '';
        const value = parseLocaleNumber(cell, decimalComma);
        if (Number.isNaN(value) && !isMissingCell(cell)) return notANumberReason(cell, layout.names[i]);
        emit(ms, seriesName(layout.names[i], { [label]: host }), value);
      }
      return true;
    },
  };
}

/** The reader for a mapping's delimited file split by its host column. */
export function hostCsvFormat(mapping: ImportMapping): ToolFormat {
  return { name: 'Delimited text with a host column', lines: (fileName) => hostCsvLines(mapping, fileName) };
}
