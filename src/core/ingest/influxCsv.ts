import { ImportError } from '../../shared/errors';
import { splitRecord } from './delimitedHeader';
import { clip, isMissingCell, parseNumber, valueOrReason } from './numbers';
import { seriesName } from './seriesName';
import { TimeReader } from './timeFormats';
import type { PointSink, ToolFormat, ToolLines } from './toolRows';

/** Columns every Flux table has that are neither a tag nor a value. */
const SYSTEM = new Set(['', 'result', 'table', '_start', '_stop', '_time', '_value', '_field', '_measurement']);
const NUMERIC_TYPES = new Set(['double', 'long', 'unsignedLong']);
const ANNOTATION = /^#(group|datatype|default),/;

/** True when a head starts like InfluxDB annotated CSV: an annotation row or Flux's `,result,table,` header. */
export function looksLikeInfluxCsv(firstLine: string): boolean {
  return ANNOTATION.test(firstLine) || /^,?result,table,/.test(firstLine);
}

/** The current table: its header's column indexes and its `#datatype` row. */
interface FluxTable {
  names: string[];
  time: number;
  value: number;
  field: number;
  measurement: number;
  types: string[];
  tags: number[];
  /** Wide (pivoted) tables: the columns that hold numbers. */
  values: number[];
  /** No `#datatype` row: a wide table's cells tell tags (text) from values (numbers) row by row. */
  untyped: boolean;
}

function tableOf(names: string[], types: string[]): FluxTable {
  const at = (name: string) => names.indexOf(name);
  const numeric = (i: number) => types.length === 0 || NUMERIC_TYPES.has(types[i]);
  const others = names.map((_, i) => i).filter((i) => !SYSTEM.has(names[i]));
  const long = at('_value') >= 0;
  return {
    names,
    time: at('_time'),
    value: at('_value'),
    field: at('_field'),
    measurement: at('_measurement'),
    types,
    tags: long ? others : others.filter((i) => types[i] === 'string'),
    values: long ? [] : others.filter((i) => types[i] !== 'string' && numeric(i)),
    untyped: types.length === 0,
  };
}

/**
 * Reads InfluxDB 2.x annotated CSV (Flux query results): annotation rows, a header per table, tables
 * separated by blank lines. The long layout (`_time,_value,_field,_measurement,<tags>`) is pivoted to
 * one series per measurement, field and tags, named `cpu.usage_user{host="web-1"}`; a pivoted table's
 * numeric columns become series too. Times are RFC 3339 with their zone.
 */
function influxLines(fileName: string): ToolLines {
  let types: string[] = [];
  let defaults: string[] = [];
  let table: FluxTable | null = null;
  let stringValues = false;
  let tableCount = 0;
  const names = new Map<string, string>();
  const times = new TimeReader('iso');
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      if (text.trim() === '') {
        table = null;
        types = [];
        defaults = [];
        return false;
      }
      const cells = splitRecord(text, ',');
      if (ANNOTATION.test(text)) {
        if (cells[0] === '#datatype') types = cells;
        if (cells[0] === '#default') defaults = cells;
        table = null;
        return false;
      }
      if (table === null || (cells[1] === 'result' && cells[2] === 'table')) {
        table = tableOf(cells.map((c) => c.trim()), types);
        tableCount++;
        return false;
      }
      const cell = (i: number) => (cells[i] === undefined || cells[i] === '' ? (defaults[i] ?? '') : cells[i]);
      // Flux reports a failed query as a table with `error` and `reference` columns.
      const error = table.names.indexOf('error');
      if (error >= 0 && table.time < 0) {
        throw new ImportError(fileName, line, `this is InfluxDB annotated CSV, but it holds the query's error instead of data: "${clip(cell(error), 200)}".`);
      }
      if (table.time < 0) return 'the table has no _time column';
      const time = times.readCell(cell(table.time));
      if (Number.isNaN(time)) return `"${clip(cell(table.time))}" in _time is not an RFC 3339 time`;
      const current = table;
      const tags = current.untyped && current.value < 0 ? current.values.filter((i) => Number.isNaN(parseNumber(cell(i))) && !isMissingCell(cell(i))) : current.tags;
      const measurement = current.measurement >= 0 ? cell(current.measurement) : '';
      const tagKey = `${tableCount}\u0000${measurement}\u0000${tags.map(cell).join('\u0000')}`;
      // Rows repeat the same few series: their names are built once, not per row.
      const named = (field: string): string => {
        const key = `${tagKey}\u0000${field}`;
        let name = names.get(key);
        if (name === undefined) {
          const labels: Record<string, string> = {};
          for (const i of tags) labels[current.names[i]] = cell(i);
          name = seriesName(measurement === '' ? field : `${measurement}.${field}`, labels);
          names.set(key, name);
        }
        return name;
      };
      if (table.value >= 0) {
        if (table.types[table.value] === 'string' || table.types[table.value] === 'boolean') {
          stringValues = true;
          return `the table's _value is ${table.types[table.value]}, not a number`;
        }
        const value = valueOrReason(cell(table.value), '_value');
        if (typeof value === 'string') return value;
        emit(time, named(table.field >= 0 ? cell(table.field) : '_value'), value);
        return true;
      }
      for (const i of table.values) {
        if (tags.includes(i)) continue;
        const value = valueOrReason(cell(i), table.names[i]);
        if (typeof value === 'string') return value;
        emit(time, named(table.names[i]), value);
      }
      return true;
    },
    notes: () => [
      'Times are RFC 3339 with their zone; the long layout (one value per row) is pivoted to one column per measurement, field and tags.',
      ...(stringValues ? ['Rows of tables whose values are text or true/false are skipped.'] : []),
    ],
  };
}

/** InfluxDB annotated CSV as a tool format for the preview and the row parser. */
export const INFLUX_CSV: ToolFormat = { name: 'InfluxDB annotated CSV (a Flux query result)', lines: influxLines };
