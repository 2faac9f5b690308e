import type { JsonKind, JsonPath } from './jsonWalker';
import { clip, parseNumberIn } from './numbers';
import { addPoint, labelsOf, parseValue, PointBuffer, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

/**
 * Reads a Prometheus `/api/v1/query_range` (`resultType: "matrix"`, `values: [[unix_s, "v"], ...]`)
 * or `/api/v1/query` (`"vector"`, `value: [unix_s, "v"]`) response. Each result becomes a series named
 * after `__name__` and its labels; `"NaN"` and `±Inf` samples are missing values. The envelope's
 * `status: "error"` and scalar or string results are refused with the server's own words.
 */
export const createPrometheusReader: SeriesReaderFactory = (table, fail) => {
  const buffer = new PointBuffer();
  const envelope: Record<string, string> = {};
  let labels: Record<string, string> | null = null;
  let entryLine = 1;

  const open = (found: Record<string, string>) => {
    const { __name__: name = '', ...rest } = found;
    return table.open(name, rest, entryLine, true);
  };

  // A result's labels usually come first: from then on its samples go straight to the table.
  const flush = () => {
    if (labels === null) buffer.flushTo(table, () => open({}));
    buffer.reset();
    labels = null;
  };

  /** Reads `[1700000000.123,"0.5"]` in place; false for anything else (spaces, NaN, odd forms). */
  const quickPoint = (chunk: string, start: number, end: number, line: number): boolean => {
    const comma = chunk.indexOf(',', start);
    const open = comma + 1;
    if (comma < 0 || open >= end || chunk.charCodeAt(start) !== 91 || chunk.charCodeAt(open) !== 34 || chunk.charCodeAt(end - 2) !== 34) return false;
    const time = parseNumberIn(chunk, start + 1, comma);
    const value = parseNumberIn(chunk, open + 1, end - 2);
    if (Number.isNaN(time) || Number.isNaN(value)) return false;
    buffer.push(Math.round(time * 1000), value, line);
    return true;
  };

  const point = (text: string, line: number, where: string) => {
    if (quickPoint(text, 0, text.length, line)) return;
    const pair = parseValue(text);
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'number') {
      table.skip(line, `${where}: ${clip(text)} is not a [time, "value"] pair`);
      return;
    }
    addPoint(table, buffer, Math.round(pair[0] * 1000), pair[1], line, where);
  };

  const reader: SeriesReader = {
    enter(path: JsonPath, kind: JsonKind) {
      const depth = path.length;
      if (depth === 0) return 'descend';
      if (depth === 1) return path[0] === 'data' ? 'descend' : kind === 'scalar' ? 'text' : 'skip';
      if (path[0] !== 'data') return 'skip';
      if (depth === 2) return path[1] === 'result' && kind === 'array' ? 'descend' : path[1] === 'resultType' ? 'text' : 'skip';
      if (path[1] !== 'result') return 'skip';
      if (depth === 3) {
        if (kind === 'object') return 'descend';
        return 'skip'; // a scalar or string result: refused at the end
      }
      const key = path[3];
      if (depth === 4) return key === 'metric' || key === 'value' ? 'text' : key === 'values' ? 'descend' : 'skip';
      return key === 'values' && depth === 5 ? 'text' : 'skip';
    },
    text(path, text, line) {
      const depth = path.length;
      if (depth <= 2) {
        const value = parseValue(text);
        envelope[String(path[depth - 1])] = typeof value === 'string' ? value : text;
        return;
      }
      if (path[3] === 'metric') {
        labels = labelsOf(parseValue(text));
        if (buffer.length === 0) entryLine = line;
        buffer.sendTo(table, open(labels));
      } else {
        if (buffer.length === 0 && labels === null) entryLine = line;
        point(text, line, `series ${path[2]}`);
      }
    },
    span(path, chunk, start, end, line) {
      if (path.length === 5 && quickPoint(chunk, start, end, line)) return;
      reader.text(path, chunk.slice(start, end), line);
    },
    leave(path) {
      if (path.length === 3 && path[1] === 'result') flush();
    },
    end(complete) {
      if (envelope.status !== undefined && envelope.status !== 'success') {
        const detail = [envelope.errorType, envelope.error].filter(Boolean).join(': ');
        fail(`the server answered status "${envelope.status}"${detail ? ` (${detail})` : ''}: there is no data in it.`);
      }
      const type = envelope.resultType;
      if (type !== undefined && type !== 'matrix' && type !== 'vector') {
        fail(`its result is a ${type}, not series over time; query a range (query_range) to get a "matrix".`);
      }
      if (!complete && (labels !== null || buffer.length > 0)) flush();
    },
  };
  return reader;
};
