import type { JsonKind, JsonPath } from './jsonWalker';
import { clip } from './numbers';
import type { SeriesInfo } from './seriesTable';
import { asObject, labelsOf, parseValue, pointTime, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

/**
 * Reads Telegraf's JSON serializer output: one `{"fields": {...}, "name": "cpu", "tags": {...},
 * "timestamp": ...}` per line, or the batch form `{"metrics": [...]}`. Each numeric field becomes
 * the series `name.field{tags}`; metrics that share a timestamp land on one row. The timestamp's
 * unit (json_timestamp_units: s, ms, us or ns) is read from its size; a json_timestamp_format
 * text time is read as ISO 8601. Text fields cannot be charted and are left out.
 */
export const createTelegrafReader: SeriesReaderFactory = (table) => {
  // Series by name and tags as written, so a line costs no label sorting once its series is known.
  const known = new Map<string, SeriesInfo>();
  let document: Record<string, unknown> = {};
  let documentLine = 1;

  const metric = (value: Record<string, unknown>, line: number) => {
    const name = typeof value.name === 'string' ? value.name : '';
    const fields = asObject(value.fields);
    if (fields === null) {
      table.skip(line, `${clip(JSON.stringify(value))} has no "fields" object`);
      return;
    }
    const time = pointTime(value.timestamp);
    if (Number.isNaN(time)) {
      table.skip(line, `the timestamp ${clip(JSON.stringify(value.timestamp ?? null))} is not a time`);
      return;
    }
    const tags = labelsOf(value.tags);
    const tagKey = JSON.stringify(value.tags ?? null);
    for (const [field, raw] of Object.entries(fields)) {
      if (typeof raw !== 'number' && typeof raw !== 'boolean' && raw !== null) continue;
      const key = `${name}\u0000${field}\u0000${tagKey}`;
      let info = known.get(key);
      if (info === undefined) {
        info = table.open(name === '' ? field : `${name}.${field}`, tags, line, false);
        known.set(key, info);
      }
      table.add(info, time, raw === null ? NaN : Number(raw), line);
    }
  };

  const reader: SeriesReader = {
    enter(path: JsonPath, kind: JsonKind) {
      if (path.length === 0) {
        document = {};
        return kind === 'object' ? 'descend' : 'skip';
      }
      if (path.length === 1) return path[0] === 'metrics' && kind === 'array' ? 'descend' : 'text';
      return path.length === 2 && path[0] === 'metrics' ? 'text' : 'skip';
    },
    text(path, text, line) {
      const value = parseValue(text);
      if (path.length === 1) {
        if (Object.keys(document).length === 0) documentLine = line;
        document[String(path[0])] = value;
        return;
      }
      const object = asObject(value);
      if (object === null) table.skip(line, `${clip(text)} is not a metric object`);
      else metric(object, line);
    },
    leave(path) {
      if (path.length === 0 && 'fields' in document) metric(document, documentLine);
    },
    end() {},
  };
  return reader;
};
