import type { ColumnCandidate, ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { formatUtc } from '../time';
import type { HeadLine } from './headChecks';
import { hostsOf, namesByHost } from './hostSeries';
import { listNames } from './sniffNotes';
import type { Sniffed } from './sniffTypes';
import { LinePoints, type ToolFormat } from './toolRows';

/** The preview's time column for tool formats: times are read by the reader, shown in UTC. */
export const TOOL_TIME_COLUMN = 'time (UTC)';
const SAMPLE_ROWS = 10;
const SAMPLES = 5;

/**
 * Reads the head's lines with a tool's reader, as the import will, and describes the result: one
 * column per series (named without the host when there is one host), sample rows, notes, the hosts
 * when there are several. A head with no value at all is an ImportError that names the format.
 */
export function sniffTool(all: HeadLine[], format: ToolFormat, sourceFormat: ImportMapping['format'], fileName: string): Sniffed {
  const lines = format.lines(fileName);
  const times: number[] = [];
  const rows = new Map<number, Map<string, number>>();
  const keys: string[] = [];
  const known = new Set<string>();
  let dataLines = 0;
  let firstProblem: HeadLine | null = null;
  const problems: string[] = [];
  const keepPoint = (time: number, series: string, value: number) => {
    let row = rows.get(time);
    if (row === undefined) {
      rows.set(time, (row = new Map()));
      times.push(time);
    }
    if (!known.has(series)) {
      known.add(series);
      keys.push(series);
    }
    row.set(series, value);
  };
  const points = new LinePoints();
  for (const l of all) {
    const result = lines.read(l.text, l.line, points.sink);
    if (result === true) points.flush(keepPoint);
    points.clear();
    if (result === false) continue;
    dataLines++;
    if (result !== true) {
      firstProblem ??= l;
      problems.push(result);
    }
  }
  if (keys.length === 0) {
    const why = problems[0] ?? 'no line holds a value';
    throw new ImportError(fileName, firstProblem?.line ?? all[0]?.line ?? null, `this looks like ${format.name}, but ${why}.`);
  }
  const names = namesByHost(keys, null);
  const shown = keys.map((key) => names.get(key) ?? key);
  const hosts = hostsOf(keys);
  const sample = times.slice(0, SAMPLE_ROWS);
  const cell = (time: number, key: string) => {
    const value = rows.get(time)?.get(key);
    return value === undefined || Number.isNaN(value) ? '' : String(value);
  };
  const columns: ColumnCandidate[] = [
    { name: TOOL_TIME_COLUMN, numeric: false, timeFormat: 'iso', samples: sample.slice(0, SAMPLES).map(formatUtc) },
    ...keys.map((key, k) => ({ name: shown[k], numeric: true, timeFormat: null, samples: sample.slice(0, SAMPLES).map((t) => cell(t, key)) })),
  ];
  // A series with no value in the sample is listed but not ticked: an empty column is never imported silently.
  const empty = keys.filter((key) => times.every((t) => Number.isNaN(rows.get(t)?.get(key) ?? NaN)));
  const ticked = shown.filter((_, k) => !empty.includes(keys[k]));
  const notes = [
    `${format.name}.`,
    ...(lines.notes?.() ?? []),
    `${ticked.length} ${ticked.length === 1 ? 'series becomes a metric' : 'series become metrics'}: ${listNames(ticked)}.`,
    ...(empty.length > 0 ? [`No values in the first part of the file, so not ticked: ${listNames(empty.map((key) => names.get(key) ?? key))}.`] : []),
  ];
  if (hosts.length > 1) {
    notes.push(
      `${hosts.length} hosts (${listNames(hosts)}): import them as one dataset with a column per host and metric, or pick one host under "Hosts" for a dataset of its own (import again for each host).`,
    );
  }
  if (problems.length > 0) notes.push(`${problems.length} of the first ${dataLines} data lines cannot be read and will be skipped (first: ${problems[0]}).`);
  return {
    mapping: { format: sourceFormat, timeColumn: TOOL_TIME_COLUMN, timeFormat: 'iso', valueColumns: ticked },
    columns,
    sampleRows: sample.map((time) => [formatUtc(time), ...keys.map((key) => cell(time, key))]),
    notes,
    ...(hosts.length > 1 ? { hosts } : {}),
  };
}
