import type { JsonKind, JsonPath } from './jsonWalker';
import { clip } from './numbers';
import { addPoint, parseValue, PointBuffer, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

/** Datadog's `scope` (`host:web-1,env:prod`, or `*` for none) as labels; a bare tag keeps its text as the value of `tag`. */
export function scopeLabels(scope: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const bare: string[] = [];
  for (const tag of scope.split(',').map((t) => t.trim())) {
    if (tag === '' || tag === '*') continue;
    const colon = tag.indexOf(':');
    if (colon > 0) labels[tag.slice(0, colon)] = tag.slice(colon + 1);
    else bare.push(tag);
  }
  if (bare.length > 0) labels.tag = bare.join(',');
  return labels;
}

/**
 * Reads a Datadog `/api/v1/query` response: `series[]`, each with `metric` (or `display_name`,
 * `expression`), `scope` and `pointlist: [[epoch_ms, value]]`, where a null value is missing.
 * Fields may come in any order (the API writes `scope` after `pointlist`), so a series' points
 * are held until it ends. `status: "error"` is refused with the API's `error` text.
 */
export const createDatadogReader: SeriesReaderFactory = (table, fail) => {
  const buffer = new PointBuffer();
  let fields: Record<string, string> = {};
  const envelope: Record<string, string> = {};
  let entryLine = 1;

  const flush = () => {
    const metric = fields.metric ?? fields.display_name ?? fields.expression ?? '';
    buffer.flushTo(table, () => table.open(metric, scopeLabels(fields.scope ?? ''), entryLine, true));
    fields = {};
  };

  const reader: SeriesReader = {
    enter(path: JsonPath, kind: JsonKind) {
      const [top, , key] = path;
      if (path.length === 0) return 'descend';
      if (path.length === 1) return top === 'series' ? 'descend' : kind === 'scalar' ? 'text' : 'skip';
      if (top !== 'series') return 'skip';
      if (path.length === 2) return kind === 'object' ? 'descend' : 'skip';
      if (path.length === 3) return key === 'pointlist' ? 'descend' : kind === 'scalar' ? 'text' : 'skip';
      return path.length === 4 && key === 'pointlist' ? 'text' : 'skip';
    },
    text(path, text, line) {
      const value = parseValue(text);
      if (path.length === 1) {
        envelope[String(path[0])] = typeof value === 'string' ? value : text;
      } else if (path.length === 3) {
        if (typeof value === 'string') fields[String(path[2])] = value;
        if (buffer.length === 0) entryLine = line;
      } else if (Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number') {
        addPoint(table, buffer, value[0], value[1], line, `series ${path[1]}`);
      } else {
        table.skip(line, `series ${path[1]}: ${clip(text)} is not a [epoch_ms, value] pair`);
      }
    },
    leave(path) {
      if (path.length === 2 && path[0] === 'series') flush();
    },
    end(complete) {
      if (envelope.status !== undefined && envelope.status !== 'ok') {
        fail(`the API answered status "${envelope.status}"${envelope.error ? ` (${envelope.error})` : ''}: there is no data in it.`);
      }
      if (!complete) flush();
    },
  };
  return reader;
};
