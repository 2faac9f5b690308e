import type { ColumnCandidate, ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { formatUtc } from '../time';
import type { HeadLine } from './headChecks';
import { hostsOf, namesByHost } from './hostSeries';
import { hostsNote, listNames } from './sniffNotes';
import type { Sniffed } from './sniffTypes';
import { LinePoints, type ToolFormat, type ToolLines } from './toolRows';

/** The preview's time column for tool formats: times are read by the reader, shown in UTC. */
const TOOL_TIME_COLUMN = 'time (UTC)';
const SAMPLE_ROWS = 10;
const SAMPLES = 5;

/**
 * What a tool's reader finds in a file's lines, read as the import will read them: every series in
 * order of appearance, which hold a value, the values of the first few times (for the preview
 * table), and how many data lines could not be read.
 */
export class ToolScan {
  readonly lines: ToolLines;
  readonly keys: string[] = [];
  readonly filled = new Set<string>();
  readonly times: number[] = [];
  readonly rows = new Map<number, Map<string, number>>();
  dataLines = 0;
  problems = 0;
  firstProblem: { line: number; reason: string } | null = null;
  private readonly known = new Set<string>();
  private readonly points = new LinePoints();
  private readonly keep = (time: number, series: string, value: number) => {
    if (!this.known.has(series)) {
      this.known.add(series);
      this.keys.push(series);
    }
    if (!Number.isNaN(value)) this.filled.add(series);
    let row = this.rows.get(time);
    if (row === undefined && this.times.length < SAMPLE_ROWS) {
      this.rows.set(time, (row = new Map()));
      this.times.push(time);
    }
    row?.set(series, value);
  };

  constructor(
    readonly format: ToolFormat,
    readonly fileName: string,
  ) {
    this.lines = format.lines(fileName);
  }

  /** Reads one line (no line break). */
  read(text: string, line: number): void {
    const result = this.points.read(this.lines, text, line, this.keep);
    if (result === false) return;
    this.dataLines++;
    if (result === true) return;
    this.problems++;
    this.firstProblem ??= { line, reason: result };
  }

  /**
   * The preview: one column per series (named without the host when there is one host), ticked when
   * it holds a value, sample rows, notes and the hosts when there are several. `part` says what was
   * read ("the first part of the file" or "the file"). Throws, naming the format, when nothing was found.
   */
  describe(sourceFormat: ImportMapping['format'], part: string): Sniffed {
    const { keys, rows, times, format } = this;
    if (keys.length === 0) {
      const why = this.firstProblem?.reason ?? 'no line holds a value';
      throw new ImportError(this.fileName, this.firstProblem?.line ?? null, `this looks like ${format.name}, but ${why}.`);
    }
    const names = namesByHost(keys, null);
    const shown = keys.map((key) => names.get(key) ?? key);
    const hosts = hostsOf(keys);
    const cell = (time: number, key: string) => {
      const value = rows.get(time)?.get(key);
      return value === undefined || Number.isNaN(value) ? '' : String(value);
    };
    const columns: ColumnCandidate[] = [
      { name: TOOL_TIME_COLUMN, numeric: false, timeFormat: 'iso', samples: times.slice(0, SAMPLES).map(formatUtc) },
      ...keys.map((key, k) => ({ name: shown[k], numeric: true, timeFormat: null, samples: times.slice(0, SAMPLES).map((t) => cell(t, key)) })),
    ];
    // A series with no value is listed but not ticked: an empty column is never imported silently.
    const ticked = shown.filter((_, k) => this.filled.has(keys[k]));
    const empty = shown.filter((_, k) => !this.filled.has(keys[k]));
    const notes = [
      `${format.name}.`,
      ...(this.lines.notes?.() ?? []),
      `${ticked.length} ${ticked.length === 1 ? 'series becomes a metric' : 'series become metrics'}: ${listNames(ticked)}.`,
      ...(empty.length > 0 ? [`No values in ${part}, so not ticked: ${listNames(empty)}.`] : []),
    ];
    if (hosts.length > 1) notes.push(hostsNote(hosts));
    if (this.problems > 0) {
      notes.push(`${this.problems} of ${this.dataLines} data lines in ${part} cannot be read and will be skipped (first: ${this.firstProblem?.reason}).`);
    }
    return {
      mapping: { format: sourceFormat, timeColumn: TOOL_TIME_COLUMN, timeFormat: 'iso', valueColumns: ticked },
      columns,
      sampleRows: times.map((time) => [formatUtc(time), ...keys.map((key) => cell(time, key))]),
      notes,
      ...(hosts.length > 1 ? { hosts } : {}),
    };
  }
}

/**
 * Reads the head's lines with a tool's reader, as the import will, and describes the result.
 * A head with no value at all is an ImportError that names the format.
 */
export function sniffTool(all: HeadLine[], format: ToolFormat, sourceFormat: ImportMapping['format'], fileName: string): Sniffed {
  const scan = new ToolScan(format, fileName);
  for (const l of all) scan.read(l.text, l.line);
  return scan.describe(sourceFormat, 'the first part of the file');
}
