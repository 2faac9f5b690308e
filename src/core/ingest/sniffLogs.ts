import type { ColumnCandidate } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import type { HeadLine } from './headChecks';
import { isMissingCell, mostlyNumbers, parseNumber } from './numbers';
import { matchOriginalLine, originalColumnName } from './originalLogRows';
import { listNames } from './sniffNotes';
import type { Sniffed } from './sniffTypes';

const LOG_START = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[/;
const SERVER_LINE = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \[([^\]]*)\]((?: +[^\s=]+=\S*)+)\s*$/;
const HEADER_INTERVAL = /interval (\d+(?:\.\d+)?) s\b/;
const SAMPLE_ROWS = 10;
const SAMPLES = 5;

/** Reads the log formats when most data lines start like `YYYY-MM-DD HH:MM:SS [`; null otherwise. */
export function sniffLog(data: HeadLine[], comments: HeadLine[], fileName: string): Sniffed | null {
  if (data.filter((l) => LOG_START.test(l.text)).length * 2 < data.length) return null;
  const serverLines = data.filter((l) => SERVER_LINE.test(l.text)).length;
  const originalLines = data.filter((l) => matchOriginalLine(l.text) !== null).length;
  if (originalLines > 0 && originalLines >= serverLines) return sniffOriginalLog(data);
  if (serverLines > 0) return sniffServerLog(data, comments);
  throw new ImportError(
    fileName,
    data[0].line,
    'these log lines have a layout this app does not read; expected "YYYY-MM-DD HH:MM:SS [server] cpu=23.5 ram=41.2 ..." or "YYYY-MM-DD HH:MM:SS [server] [CPU]: ... 23.5%".',
  );
}

function candidate(name: string, cells: string[]): ColumnCandidate {
  const numeric = mostlyNumbers(cells.filter((cell) => !isMissingCell(cell)).map(parseNumber));
  return { name, numeric, timeFormat: null, samples: cells.slice(0, SAMPLES) };
}

function skippedNote(skipped: number, total: number, what: string): string[] {
  if (skipped === 0) return [];
  return [`${skipped} of the first ${total} lines ${skipped === 1 ? 'is' : 'are'} ${what} and will be skipped.`];
}

function sniffServerLog(data: HeadLine[], comments: HeadLine[]): Sniffed {
  const keys: string[] = [];
  const cells = new Map<string, string[]>();
  const servers: string[] = [];
  const rows: Map<string, string>[] = [];
  let skipped = 0;
  for (const { text } of data) {
    const m = SERVER_LINE.exec(text);
    if (m === null) {
      skipped++;
      continue;
    }
    if (!servers.includes(m[2])) servers.push(m[2]);
    if (m[2] !== servers[0]) continue;
    const row = new Map<string, string>();
    for (const pair of m[3].trim().split(/ +/)) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq);
      if (!cells.has(key)) {
        keys.push(key);
        cells.set(key, []);
      }
      row.set(key, pair.slice(eq + 1));
    }
    rows.push(row);
  }
  for (const key of keys) cells.set(key, rows.map((row) => row.get(key) ?? ''));
  const columns = keys.map((key) => candidate(key, cells.get(key)!));
  const valueColumns = columns.filter((c) => c.numeric).map((c) => c.name);
  const interval = comments.map((l) => HEADER_INTERVAL.exec(l.text)).find((m) => m !== null);
  const notes = [
    `This app's own server log (server_logs.txt layout): one row per line, times in UTC${interval ? `, one row every ${interval[1]} s according to its header` : ''}.`,
    `${valueColumns.length} numeric ${valueColumns.length === 1 ? 'column becomes a metric' : 'columns become metrics'}: ${listNames(valueColumns)}.`,
    ...(servers.length > 1
      ? [`Lines from ${servers.length} servers were found (${listNames(servers)}); only ${servers[0]}'s lines are imported, the others are skipped.`]
      : []),
    ...skippedNote(skipped, data.length, 'not in this layout'),
  ];
  return {
    mapping: { format: 'server-log', valueColumns },
    columns,
    sampleRows: rows.slice(0, SAMPLE_ROWS).map((row) => keys.map((key) => row.get(key) ?? '')),
    notes,
  };
}

function sniffOriginalLog(data: HeadLine[]): Sniffed {
  const lines = data.map((l) => matchOriginalLine(l.text));
  const found = lines.filter((l) => l !== null);
  const servers = [...new Set(found.map((l) => l.server))];
  const keys: { server: string; component: string; name: string }[] = [];
  const byTime = new Map<string, Map<string, string>>();
  for (const l of found) {
    const name = originalColumnName(l.server, l.component, servers.length);
    if (!keys.some((k) => k.name === name)) keys.push({ server: l.server, component: l.component, name });
    if (!byTime.has(l.time)) byTime.set(l.time, new Map());
    byTime.get(l.time)!.set(name, Number.isNaN(l.value) ? '' : String(l.value));
  }
  const rows = [...byTime.values()];
  const columns = keys.map((k) => candidate(k.name, rows.map((row) => row.get(k.name) ?? '')));
  const names = keys.map((k) => k.name);
  const per = servers.length === 1 ? 'component' : 'server and component';
  return {
    mapping: { format: 'original-log', valueColumns: names },
    columns,
    sampleRows: rows.slice(0, SAMPLE_ROWS).map((row) => names.map((name) => row.get(name) ?? '')),
    notes: [
      `The original tool's log, one metric per line: pivoted to one row per time (UTC) and one column per ${per}: ${listNames(names)}.`,
      ...skippedNote(data.length - found.length, data.length, 'another kind of message (e.g. debug lines)'),
    ],
  };
}
