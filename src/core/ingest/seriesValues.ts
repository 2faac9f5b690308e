import { parseUtcDate } from '../time';
import type { JsonVisitor } from './jsonWalker';
import { float64Column } from './columnBuilder';
import { isJsonObject } from './jsonRows';
import { clip, isMissingCell, parseNumber } from './numbers';
import type { SeriesInfo, SeriesTable } from './seriesTable';

/** Reads one tool's JSON into a SeriesTable as the walker streams it. */
export interface SeriesReader extends JsonVisitor {
  /** The text has ended; `complete` is false for a preview's head cut inside a document. */
  end(complete: boolean): void;
}

/** Makes a reader for one file; `fail` throws the format's ImportError (with the line, when known). */
export type SeriesReaderFactory = (table: SeriesTable, fail: (reason: string, line?: number) => never) => SeriesReader;

/** A value that is no number and no known "missing" marker. */
export interface BadValue {
  bad: string;
}

/**
 * A JSON point value as a number: numbers and numeric strings as they are, booleans as 1/0; null,
 * absent, `"NaN"` and `"±Inf"` are missing (NaN, never 0); any other text is a bad value.
 */
export function pointValue(value: unknown): number | BadValue {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return NaN;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return { bad: `${clip(JSON.stringify(value))} is not a number` };
  const number = parseNumber(value);
  if (!Number.isNaN(number) || isMissingCell(value) || /^[+-]?inf(inity)?$/i.test(value.trim())) return number;
  return { bad: `"${clip(value)}" is not a number` };
}

/**
 * Epoch ms of an epoch number in whatever unit its size says: seconds (~1.7e9), milliseconds,
 * microseconds or nanoseconds (~1.7e18), as Telegraf's json_timestamp_units and OTLP may write it.
 */
function epochMs(value: number): number {
  const size = Math.abs(value);
  if (size < 1e11) return Math.round(value * 1000);
  if (size < 1e14) return value;
  if (size < 1e17) return Math.round(value / 1e3);
  return Math.round(value / 1e6);
}

/** Epoch ms of a JSON time: an epoch number (or numeric string) of any unit, or ISO 8601 text whose offset is honoured (none = UTC). */
export function pointTime(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? epochMs(value) : NaN;
  if (typeof value !== 'string') return NaN;
  const epoch = parseNumber(value);
  return Number.isNaN(epoch) ? parseUtcDate(value) : epochMs(epoch);
}

/** JSON.parse, or undefined for text that is not JSON (the walker hands over well-formed values, so this is rare). */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** A plain JSON object, or null. */
export function asObject(value: unknown): Record<string, unknown> | null {
  return isJsonObject(value) ? value : null;
}

/** An object's string-valued entries as labels (other values written as JSON). */
export function labelsOf(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  const object = asObject(value);
  if (object === null) return labels;
  for (const [key, inner] of Object.entries(object)) labels[key] = typeof inner === 'string' ? inner : JSON.stringify(inner);
  return labels;
}

/** Points of one series held until its entry ends, for formats that may name a series after its points. */
export class PointBuffer {
  private readonly times = float64Column();
  private readonly values = float64Column();
  /** Line of the first point, for messages. */
  line = 0;
  /** Once the series is known, points go straight to its table instead of waiting here. */
  private direct: { table: SeriesTable; info: SeriesInfo } | null = null;

  push(time: number, value: number, line: number): void {
    if (this.direct !== null) {
      this.direct.table.add(this.direct.info, time, value, line);
      return;
    }
    if (this.times.length === 0) this.line = line;
    this.times.push(time);
    this.values.push(value);
  }

  get length(): number {
    return this.times.length;
  }

  /** Hands the points held so far to `info`, and sends the entry's later points there directly. */
  sendTo(table: SeriesTable, info: SeriesInfo): void {
    this.flushTo(table, () => info);
    this.direct = { table, info };
  }

  /** Hands the points to `table` under the series from `open` (called only when there are points), then empties; the entry is over. */
  flushTo(table: SeriesTable, open: () => SeriesInfo): void {
    const n = this.times.length;
    if (n === 0) return;
    const info = open();
    for (let i = 0; i < n; i++) table.add(info, this.times.get(i), this.values.get(i), this.line);
    this.times.length = 0;
    this.values.length = 0;
  }

  /** Ends the entry: the next points wait again. */
  reset(): void {
    this.times.length = 0;
    this.values.length = 0;
    this.direct = null;
  }
}

/** Adds a JSON point value to a series, or records why it was skipped. */
export function addValue(table: SeriesTable, info: SeriesInfo, time: number, raw: unknown, line: number): void {
  const value = pointValue(raw);
  if (typeof value === 'number') table.add(info, time, value, line);
  else table.skip(line, `${info.name}: ${value.bad}`);
}

/** Adds a parsed point value to a buffered entry, or records why it was skipped. */
export function addPoint(table: SeriesTable, buffer: PointBuffer, time: number, raw: unknown, line: number, where: string): void {
  const value = pointValue(raw);
  if (typeof value === 'number') buffer.push(time, value, line);
  else table.skip(line, `${where}: ${value.bad}`);
}
