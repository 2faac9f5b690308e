import type { JsonKind, JsonPath } from './jsonWalker';
import type { SeriesTable } from './seriesTable';
import { asObject, parseValue, pointValue, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

type Labels = Record<string, string>;

// Resource attributes that describe the SDK or process rather than which series this is.
const NOISE = /^(telemetry\.|process\.|os\.|host\.arch|host\.id|host\.type|host\.image\.|cloud\.|service\.version)/;
/** Data point flag: no value was recorded at this time. */
const NO_RECORDED_VALUE = 1;

/** An OTLP AnyValue (`{stringValue}`, `{intValue}`, `{doubleValue}`, `{boolValue}`, ...) as text. */
function anyValueText(value: unknown): string {
  const object = asObject(value);
  if (object === null) return '';
  const [inner] = Object.values(object);
  return typeof inner === 'string' ? inner : JSON.stringify(inner ?? '');
}

/** OTLP attributes (`[{key, value: {stringValue: ...}}]`) as labels. */
export function attributeLabels(attributes: unknown, keep: (key: string) => boolean = () => true): Labels {
  const labels: Labels = {};
  if (!Array.isArray(attributes)) return labels;
  for (const attribute of attributes) {
    const object = asObject(attribute);
    if (object !== null && typeof object.key === 'string' && keep(object.key)) labels[object.key] = anyValueText(object.value);
  }
  return labels;
}

/** `timeUnixNano` (a string of nanoseconds, or a number) as epoch ms. */
function nanosToMs(value: unknown): number {
  const nanos = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return nanos > 0 ? Math.round(nanos / 1e6) : NaN;
}

function readMetric(table: SeriesTable, metric: Record<string, unknown>, resource: Labels, line: number): void {
  const name = typeof metric.name === 'string' ? metric.name : '';
  const data = asObject(metric.gauge) ?? asObject(metric.sum);
  if (data === null) {
    const kind = ['histogram', 'exponentialHistogram', 'summary'].find((k) => k in metric) ?? 'unknown';
    table.skip(line, `${name} is a ${kind} metric; only gauges and sums are imported`);
    return;
  }
  const points = Array.isArray(data.dataPoints) ? data.dataPoints : [];
  for (const raw of points) {
    const point = asObject(raw) ?? {};
    const info = table.open(name, { ...resource, ...attributeLabels(point.attributes) }, line, false);
    const missing = typeof point.flags === 'number' && (point.flags & NO_RECORDED_VALUE) !== 0;
    const value = missing ? NaN : pointValue(point.asDouble ?? point.asInt);
    if (typeof value === 'number') table.add(info, nanosToMs(point.timeUnixNano), value, line);
    else table.skip(line, `${name}: ${value.bad}`);
  }
}

/**
 * Reads the OpenTelemetry Collector file exporter's OTLP JSON: one request per line,
 * `resourceMetrics > scopeMetrics > metrics`, each gauge or sum with `dataPoints` holding
 * `timeUnixNano` (a string) and `asDouble` or `asInt` (an int64, often a string). A series is the
 * metric's name with its point attributes and the resource's identifying attributes (`host.name`,
 * `service.name`, ...); histograms and summaries are skipped and counted.
 */
export const createOtlpReader: SeriesReaderFactory = (table) => {
  let resource: Labels | null = null;
  // Metrics met before their resource (fields in an unusual order) wait for it.
  let waiting: { metric: Record<string, unknown>; line: number }[] = [];

  const reader: SeriesReader = {
    enter(path: JsonPath, kind: JsonKind) {
      const depth = path.length;
      if (depth === 0) return kind === 'object' ? 'descend' : 'skip';
      if (path[0] !== 'resourceMetrics') return 'skip';
      if (depth <= 2) return kind === 'scalar' ? 'skip' : 'descend';
      if (depth === 3) return path[2] === 'resource' ? 'text' : path[2] === 'scopeMetrics' ? 'descend' : 'skip';
      if (path[2] !== 'scopeMetrics') return 'skip';
      if (depth === 4) return kind === 'object' ? 'descend' : 'skip';
      if (depth === 5) return path[4] === 'metrics' && kind === 'array' ? 'descend' : 'skip';
      return depth === 6 && kind === 'object' ? 'text' : 'skip';
    },
    text(path, text, line) {
      const value = asObject(parseValue(text));
      if (value === null) return;
      if (path.length === 3) {
        resource = attributeLabels(value.attributes, (key) => !NOISE.test(key));
        for (const w of waiting) readMetric(table, w.metric, resource, w.line);
        waiting = [];
      } else if (resource === null) {
        waiting.push({ metric: value, line });
      } else {
        readMetric(table, value, resource, line);
      }
    },
    leave(path) {
      if (path.length !== 2) return;
      for (const w of waiting) readMetric(table, w.metric, {}, w.line);
      waiting = [];
      resource = null;
    },
    end() {
      for (const w of waiting) readMetric(table, w.metric, resource ?? {}, w.line);
      waiting = [];
    },
  };
  return reader;
};
