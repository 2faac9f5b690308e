import type { JsonKind, JsonPath } from './jsonWalker';
import type { SeriesTable } from './seriesTable';
import { addValue, asObject, parseValue, type SeriesReader, type SeriesReaderFactory } from './seriesValues';

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

const KINDS_READ = new Set(['gauge', 'sum']);
const KINDS_SKIPPED = new Set(['histogram', 'exponentialHistogram', 'summary']);

interface Point {
  metric: string;
  point: Record<string, unknown>;
  line: number;
}

function readPoint(table: SeriesTable, { metric, point, line }: Point, resource: Labels): void {
  const info = table.open(metric, { ...resource, ...attributeLabels(point.attributes) }, line, false);
  const missing = typeof point.flags === 'number' && (point.flags & NO_RECORDED_VALUE) !== 0;
  addValue(table, info, nanosToMs(point.timeUnixNano), missing ? NaN : (point.asDouble ?? point.asInt), line);
}

/**
 * Reads the OpenTelemetry Collector file exporter's OTLP JSON: one request per line,
 * `resourceMetrics > scopeMetrics > metrics`, each gauge or sum with `dataPoints` holding
 * `timeUnixNano` (a string) and `asDouble` or `asInt` (an int64, often a string). A series is the
 * metric's name with its point attributes and the resource's identifying attributes (`host.name`,
 * `service.name`, ...); histograms and summaries are skipped and counted. Points are read one by
 * one, so a metric with a great many points streams too.
 */
export const createOtlpReader: SeriesReaderFactory = (table) => {
  let resource: Labels | null = null;
  let metric: { name: string | null; skipped: string | null; line: number } = { name: null, skipped: null, line: 1 };
  // Points met before their metric's name or their resource (fields in an unusual order) wait for them.
  let waiting: (Point & { named: boolean })[] = [];

  const release = (fallback: Labels | null) => {
    const labels = resource ?? fallback;
    if (labels === null) return;
    const still: typeof waiting = [];
    for (const w of waiting) {
      if (w.named) readPoint(table, w, labels);
      else still.push(w);
    }
    waiting = still;
  };

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
      if (depth === 6) return kind === 'object' ? 'descend' : 'skip';
      const key = String(path[6]);
      if (depth === 7) {
        if (KINDS_SKIPPED.has(key)) metric.skipped = key;
        return key === 'name' ? 'text' : KINDS_READ.has(key) && kind === 'object' ? 'descend' : 'skip';
      }
      if (!KINDS_READ.has(key)) return 'skip';
      if (depth === 8) return path[7] === 'dataPoints' && kind === 'array' ? 'descend' : 'skip';
      return depth === 9 && kind === 'object' ? 'text' : 'skip';
    },
    text(path, text, line) {
      const value = parseValue(text);
      if (path.length === 3) {
        resource = attributeLabels(asObject(value)?.attributes, (key) => !NOISE.test(key));
        release(null);
      } else if (path.length === 7) {
        metric.name = typeof value === 'string' ? value : '';
        metric.line = line;
      } else {
        const point = asObject(value) ?? {};
        if (metric.name !== null && resource !== null) readPoint(table, { metric: metric.name, point, line }, resource);
        else waiting.push({ metric: metric.name ?? '', point, line, named: metric.name !== null });
      }
    },
    leave(path) {
      if (path.length === 6) {
        // The metric has ended: its name is as known as it will be.
        for (const w of waiting) if (!w.named) Object.assign(w, { metric: metric.name ?? '', named: true });
        if (metric.skipped !== null) table.skip(metric.line, `${metric.name ?? ''} is a ${metric.skipped} metric; only gauges and sums are imported`);
        metric = { name: null, skipped: null, line: metric.line };
        release(null);
      } else if (path.length === 2) {
        release({});
        resource = null;
      }
    },
    end() {
      release({});
    },
  };
  return reader;
};
