import type { ImportMapping } from '../../shared/ingest';
import { clip, isMissingCell, notANumberReason, parseNumber } from './numbers';
import { PivotTable } from './pivotTable';
import type { ParsedTable } from './table';
import { RowTable, requireRows } from './tableBuilder';
import { TimeReader } from './timeFormats';

type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects as dotted keys: `{"cpu": {"user": 3}}` -> `cpu.user`. Arrays are left as they are. */
export function flattenObject(value: JsonObject, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix + key;
    if (isJsonObject(inner)) flattenObject(inner, `${name}.`, out);
    else out.set(name, inner);
  }
  return out;
}

/** A JSON value as the text a preview shows and the sniffer classifies. */
export function jsonCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A JSON value as a number: numbers, numeric strings, booleans as 1/0; NaN for null/missing; else the reason. */
function jsonNumber(value: unknown, field: string): number | string {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return NaN;
  const text = jsonCellText(value);
  const number = parseNumber(text);
  return Number.isNaN(number) && !isMissingCell(text) ? notANumberReason(text, field) : number;
}

/**
 * Turns JSON objects (from JSON Lines or a JSON array) into rows: the mapped time field (epoch numbers
 * or date strings), the mapped numeric fields (nested ones by dotted name), an optional 0/1 label field,
 * or a long table pivoted on its series field. Time comes from `startTime + i * intervalSeconds` without a time field.
 */
export class JsonRowReader {
  private readonly wide: RowTable | null;
  private readonly long: PivotTable | null;
  private readonly time: TimeReader;
  private index = 0;

  constructor(private readonly mapping: ImportMapping, private readonly fileName: string) {
    this.long = mapping.long === null ? null : new PivotTable();
    this.wide = mapping.long === null ? new RowTable(mapping.valueColumns, mapping.labelColumn !== null) : null;
    this.time = new TimeReader(mapping.timeFormat);
  }

  /** One parsed JSON value found at `line`. */
  read(value: unknown, line: number): void {
    const counts = (this.wide ?? this.long)!;
    counts.rowsRead++;
    const problem = isJsonObject(value) ? this.readObject(flattenObject(value), this.index) : 'not a JSON object';
    this.index++;
    if (problem !== null) counts.skips.add(line, problem);
  }

  /** Records a value that could not even be parsed; `isRow` false for a problem that is not a row (a cut-short file). */
  skip(line: number, reason: string, isRow = true): void {
    const counts = (this.wide ?? this.long)!;
    counts.skips.add(line, reason);
    if (!isRow) return;
    counts.rowsRead++;
    this.index++;
  }

  finish(): ParsedTable {
    return requireRows(this.fileName, this.long?.toTable() ?? this.wide!.toTable());
  }

  private readObject(fields: Map<string, unknown>, index: number): string | null {
    const { mapping } = this;
    let ms = (mapping.startTime ?? 0) + index * (mapping.intervalSeconds ?? 0) * 1000;
    if (mapping.timeColumn !== null) {
      ms = this.readTime(fields.get(mapping.timeColumn));
      if (Number.isNaN(ms)) {
        const text = jsonCellText(fields.get(mapping.timeColumn));
        return text === '' ? `the time field ${mapping.timeColumn} is missing or empty` : `"${clip(text)}" in field ${mapping.timeColumn} is not a time`;
      }
    }
    if (this.long !== null) {
      const { seriesColumn, valueColumn } = mapping.long!;
      const series = jsonCellText(fields.get(seriesColumn)).trim();
      if (series === '') return `the series name in field ${seriesColumn} is missing or empty`;
      const value = jsonNumber(fields.get(valueColumn), valueColumn);
      if (typeof value === 'string') return value;
      this.long.set(this.long.rowFor(ms), this.long.columnFor(series), value);
      return null;
    }
    const table = this.wide!;
    for (let k = 0; k < mapping.valueColumns.length; k++) {
      const value = jsonNumber(fields.get(mapping.valueColumns[k]), mapping.valueColumns[k]);
      if (typeof value === 'string') return value;
      table.set(k, value);
    }
    if (mapping.labelColumn !== null) {
      const label = jsonNumber(fields.get(mapping.labelColumn), mapping.labelColumn);
      if (typeof label === 'string') return label;
      table.label = label !== 0 && !Number.isNaN(label) ? 1 : 0;
    }
    table.commit(ms);
    return null;
  }

  private readTime(value: unknown): number {
    if (typeof value === 'number') {
      if (this.mapping.timeFormat === 'epoch-s') return Math.round(value * 1000);
      if (this.mapping.timeFormat === 'epoch-ms') return value;
      return new TimeReader(null).readCell(String(value));
    }
    return typeof value === 'string' ? this.time.readCell(value) : NaN;
  }
}
