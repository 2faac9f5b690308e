import type { JsonKind, JsonPath } from './jsonWalker';
import { clip } from './numbers';
import type { SeriesInfo } from './seriesTable';
import { addValue, parseValue, pointTime, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

/**
 * Reads Netdata's `/api/v1/data?format=json` (`labels: ["time", "user", ...]`, `data: [[epoch_s,
 * v1, ...], ...]`, newest first), plain or wrapped in `result` by `options=jsonwrap`. Each label
 * after the first is a dimension and becomes a series; a null cell is a missing value.
 */
export const createNetdataReader: SeriesReaderFactory = (table, fail) => {
  let dimensions: SeriesInfo[] | null = null;
  // jsonwrap puts the table under `result`; the plain format has it at the top.
  const inner = (path: JsonPath) => (path[0] === 'result' ? path.slice(1) : path);

  const labels = (text: string, line: number) => {
    const names = parseValue(text);
    if (!Array.isArray(names) || names.length < 2) return fail('its "labels" do not list a time and at least one dimension.', line);
    dimensions = names.slice(1).map((name: unknown) => table.open(String(name), {}, line, true));
  };

  const row = (text: string, line: number) => {
    if (dimensions === null) return fail('its "data" rows come before the "labels" that name them.', line);
    const columns = dimensions;
    const cells = parseValue(text);
    if (!Array.isArray(cells)) {
      table.skip(line, `${clip(text)} is not a row of values`);
      return;
    }
    const time = pointTime(cells[0]);
    columns.forEach((info, k) => addValue(table, info, time, cells[k + 1], line));
  };

  const reader: SeriesReader = {
    enter(path: JsonPath, kind: JsonKind) {
      if (path.length === 0) return 'descend';
      if (path.length === 1 && path[0] === 'result' && kind === 'object') return 'descend';
      const [key] = inner(path);
      const depth = inner(path).length;
      if (depth === 1) return key === 'labels' ? 'text' : key === 'data' && kind === 'array' ? 'descend' : 'skip';
      return depth === 2 && key === 'data' ? 'text' : 'skip';
    },
    text(path, text, line) {
      if (inner(path)[0] === 'labels') labels(text, line);
      else row(text, line);
    },
    end() {
      if (dimensions === null) fail('it has no "labels" naming its dimensions.');
    },
  };
  return reader;
};
