import type { ImportMapping } from '../../shared/ingest';
import { parseUtcDate } from '../time';
import { isBlank, LineSplitter } from './lineSplitter';
import { PivotTable } from './pivotTable';
import type { RowParser } from './table';
import { requireRows } from './tableBuilder';

const LINE = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \[([^\]]+)\] \[([^\]]+)\]:(.*)$/;
const LAST_NUMBER = /([+-]?\d+(?:\.\d+)?)\s*%?\s*$/;
const SEPARATOR = '\u0000';

/** One metric line of the original tool's log. */
export interface OriginalLine {
  time: string;
  server: string;
  component: string;
  /** The number at the end of the line; NaN when the line ends without one. */
  value: number;
}

/** Reads `2024-01-01 00:00:30 [server-1] [CPU]: CPU usage at 23.5%`; null for lines of any other shape. */
export function matchOriginalLine(line: string): OriginalLine | null {
  const m = LINE.exec(line);
  if (m === null) return null;
  const number = LAST_NUMBER.exec(m[4]);
  return { time: m[1], server: m[2].trim(), component: m[3].trim(), value: number === null ? NaN : Number(number[1]) };
}

/** Column names: the component alone (`CPU`) when the file has one server, else `server/component`. */
export function originalColumnName(server: string, component: string, servers: number): string {
  return servers === 1 ? component : `${server}/${component}`;
}

/**
 * Parses the original tool's one-metric-per-line log, pivoted to one row per time and one column per
 * server and component. Lines of other shapes (debug lines) are skipped and counted. Mapped names in
 * `valueColumns` may be `CPU` (that component on every server) or `server-1/CPU`.
 */
export function createOriginalLogParser(mapping: ImportMapping, fileName: string): RowParser {
  const pivot = new PivotTable();
  const servers = new Set<string>();
  const wanted = new Set(mapping.valueColumns);

  const splitter = new LineSplitter(fileName, (text, start, end, line) => {
    if (text.charCodeAt(start) === 35 || isBlank(text, start, end)) return;
    pivot.rowsRead++;
    const parsed = matchOriginalLine(text.slice(start, end));
    if (parsed === null) {
      pivot.skips.add(line, 'not a metric line (expected "YYYY-MM-DD HH:MM:SS [server] [component]: ... 23.5%")');
      return;
    }
    if (Number.isNaN(parsed.value)) {
      pivot.skips.add(line, 'the line does not end with a number');
      return;
    }
    const ms = parseUtcDate(parsed.time);
    if (Number.isNaN(ms)) {
      pivot.skips.add(line, `the time "${parsed.time}" is not a valid date`);
      return;
    }
    servers.add(parsed.server);
    pivot.set(pivot.rowFor(ms), pivot.columnFor(parsed.server + SEPARATOR + parsed.component), parsed.value);
  });

  return {
    push: (text) => splitter.push(text),
    finish: () => {
      splitter.finish();
      const table = pivot.toTable((key) => {
        const [server, component] = key.split(SEPARATOR);
        const name = originalColumnName(server, component, servers.size);
        return wanted.has(name) || wanted.has(`${server}/${component}`) || wanted.has(component) ? name : null;
      });
      return requireRows(fileName, table);
    },
  };
}
