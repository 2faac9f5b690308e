import type { JsonKind, JsonPath } from './jsonWalker';
import { addValue, asObject, parseValue, pointTime, pointValue, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

/** The statistics `get-metric-statistics` may return, each its own series. */
const STATISTICS = ['Average', 'Minimum', 'Maximum', 'Sum', 'SampleCount'];

interface Entry {
  id: string;
  label: string | null;
  status: string | null;
  times: { value: number; line: number }[];
  values: { value: unknown; line: number }[];
  line: number;
}

const newEntry = (line: number): Entry => ({ id: '', label: null, status: null, times: [], values: [], line });

/**
 * Reads AWS CLI output of `aws cloudwatch get-metric-data` (`MetricDataResults[]`: `Label`/`Id`,
 * `Timestamps[]` with their offsets, `Values[]`, newest first) and of `get-metric-statistics`
 * (`Label`, unordered `Datapoints[]` with `Timestamp` and `Average`, `Maximum`, ... each a series).
 * A result whose `StatusCode` is `Forbidden` or `InternalError` and that holds no values is refused.
 */
export const createCloudWatchReader: SeriesReaderFactory = (table, fail) => {
  let entry = newEntry(1);
  let label = '';
  // get-metric-statistics: points per statistic, held until the Label (which may follow) is known.
  const stats = new Map<string, { time: number; value: number; line: number }[]>();

  const flushEntry = () => {
    const { times, values } = entry;
    if (times.length !== values.length) {
      table.skip(entry.line, `${entry.label ?? entry.id} has ${times.length} timestamps but ${values.length} values; the extra ones are skipped`);
    }
    const n = Math.min(times.length, values.length);
    if (n === 0 && entry.status !== null && entry.status !== 'Complete' && entry.status !== 'PartialData') {
      fail(`the result ${entry.label ?? entry.id} has StatusCode "${entry.status}" and no values.`, entry.line);
    }
    if (n > 0) {
      const info = table.open(entry.label ?? entry.id, {}, entry.line, true);
      for (let i = 0; i < n; i++) addValue(table, info, times[i].value, values[i].value, values[i].line);
    }
    entry = newEntry(entry.line);
  };

  const datapoint = (text: string, line: number) => {
    const point = asObject(parseValue(text));
    if (point === null) {
      table.skip(line, 'a datapoint is not an object');
      return;
    }
    const time = pointTime(point.Timestamp);
    const found = { ...Object.fromEntries(STATISTICS.filter((s) => s in point).map((s) => [s, point[s]])), ...asObject(point.ExtendedStatistics) };
    for (const [statistic, raw] of Object.entries(found)) {
      const value = pointValue(raw);
      if (typeof value !== 'number') {
        table.skip(line, `${statistic}: ${value.bad}`);
        continue;
      }
      if (!stats.has(statistic)) stats.set(statistic, []);
      stats.get(statistic)!.push({ time, value, line });
    }
  };

  const reader: SeriesReader = {
    enter(path: JsonPath, kind: JsonKind) {
      const [top, index, key] = path;
      if (path.length === 0) return 'descend';
      if (path.length === 1) return top === 'MetricDataResults' || top === 'Datapoints' ? 'descend' : top === 'Label' ? 'text' : 'skip';
      if (top === 'Datapoints') return path.length === 2 && kind === 'object' ? 'text' : 'skip';
      if (top !== 'MetricDataResults' || index === undefined) return 'skip';
      if (path.length === 2) return 'descend';
      if (path.length === 3) return key === 'Timestamps' || key === 'Values' ? 'descend' : key === 'Id' || key === 'Label' || key === 'StatusCode' ? 'text' : 'skip';
      return path.length === 4 && kind === 'scalar' ? 'text' : 'skip';
    },
    text(path, text, line) {
      const value = parseValue(text);
      if (path.length === 1) label = typeof value === 'string' ? value : '';
      else if (path[0] === 'Datapoints') datapoint(text, line);
      else if (path.length === 3) {
        if (path[2] === 'Id') entry.id = String(value);
        else if (path[2] === 'Label') entry.label = String(value);
        else entry.status = String(value);
        entry.line = Math.min(entry.line, line);
      } else if (path[2] === 'Timestamps') {
        if (entry.times.length === 0 && entry.values.length === 0) entry.line = line;
        entry.times.push({ value: pointTime(value), line });
      } else {
        entry.values.push({ value, line });
      }
    },
    leave(path) {
      if (path.length === 2 && path[0] === 'MetricDataResults') flushEntry();
    },
    end(complete) {
      if (!complete && (entry.times.length > 0 || entry.label !== null)) flushEntry();
      for (const [statistic, points] of stats) {
        const info = table.open(label, { stat: statistic }, points[0].line, true);
        for (const point of points) table.add(info, point.time, point.value, point.line);
      }
      stats.clear();
    },
  };
  return reader;
};
