/**
 * Readable, unique metric names for labelled series (Prometheus, Datadog, InfluxDB tags, OTLP
 * attributes, ...), written the way Prometheus writes a selector: `cpu{host="web-1",mode="idle"}`.
 * Every reader that turns labelled series into columns names them here, so names look alike
 * whichever tool the file came from.
 */

/** A series' labels (tags, dimensions, attributes) as text. */
export type SeriesLabels = Readonly<Record<string, string>>;

/** Label keys that say which machine a series comes from, most specific first. */
export const HOST_LABELS: readonly string[] = ['host', 'hostname', 'instance', 'host.name', 'node', 'server'];

// Backslash, quote and line breaks are escaped as in Prometheus' text format, so a name reads back unambiguously.
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/**
 * The column name of one series: the metric name followed by its labels sorted by key, e.g.
 * `seriesName('cpu', { mode: 'idle', instance: 'web-1' })` is `cpu{instance="web-1",mode="idle"}`.
 * Labels with an empty value are left out (Prometheus treats them as absent); without labels the
 * name is the metric alone, and without a metric name it is the braces alone (`{job="api"}`).
 */
export function seriesName(metric: string, labels: SeriesLabels = {}): string {
  const keys = Object.keys(labels)
    .filter((key) => labels[key] !== '')
    .sort();
  if (keys.length === 0) return metric === '' ? '{}' : metric;
  return `${metric}{${keys.map((key) => `${key}=${quote(labels[key])}`).join(',')}}`;
}

/** The host a series belongs to: the value of its first {@link HOST_LABELS} label, or null. */
export function hostOf(labels: SeriesLabels): string | null {
  for (const key of HOST_LABELS) if (labels[key] !== undefined && labels[key] !== '') return labels[key];
  return null;
}

/** The labels without the host ones ({@link HOST_LABELS}): what names a series within its host. */
export function withoutHost(labels: SeriesLabels): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !HOST_LABELS.includes(key)));
}

const SELECTOR = /^([^{]*)\{(.*)\}$/s;
const PAIR = /([^=,]+)="((?:[^"\\]|\\.)*)"/gs;

/**
 * A name made by {@link seriesName} read back into its metric and labels (e.g. to split a file by
 * host); a plain name gives itself and no labels.
 */
export function parseSeriesName(name: string): { metric: string; labels: Record<string, string> } {
  const match = SELECTOR.exec(name);
  if (match === null) return { metric: name, labels: {} };
  const labels: Record<string, string> = {};
  for (const [, key, value] of match[2].matchAll(PAIR)) {
    labels[key] = value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  }
  return { metric: match[1], labels };
}

/**
 * Hands out unique names: the first series called `x` keeps it, later ones become `x #2`, `x #3`,
 * so two series that differ only in something the name leaves out still get a column each.
 */
export class UniqueNames {
  private readonly taken = new Map<string, number>();

  /** `name`, or `name #k` when `name` was already handed out. */
  next(name: string): string {
    const seen = this.taken.get(name);
    if (seen === undefined) {
      this.taken.set(name, 1);
      return name;
    }
    for (let k = seen + 1; ; k++) {
      const candidate = `${name} #${k}`;
      if (!this.taken.has(candidate)) {
        this.taken.set(name, k);
        this.taken.set(candidate, 1);
        return candidate;
      }
    }
  }
}
