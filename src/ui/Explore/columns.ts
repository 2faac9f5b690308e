import type { MetricColumn } from '../../shared/dataset';
import type { YDomain } from '../charts/TimeSeriesChart';

const SERVER_KEYS = ['cpu', 'ram', 'disk'];

/** The server-level metrics (cpu, ram, disk) when present, else the first three columns. */
export function distributionColumns(columns: readonly MetricColumn[]): MetricColumn[] {
  const server = SERVER_KEYS.flatMap((key) => columns.filter((c) => c.key === key));
  return server.length > 0 ? server : columns.slice(0, 3);
}

/** Whether a metric is a percentage (drawn on a 0..100 scale). */
export function isPercentColumn(column: MetricColumn): boolean {
  return column.label.includes('%') || /(^|\.)(cpu|ram|disk)$/.test(column.key);
}

// Shared instances: a new domain object would make the chart recompute its axis.
const PERCENT_DOMAIN: YDomain = [0, (max: number) => Math.max(100, Math.ceil(max))];
const AUTO_DOMAIN: YDomain = ['auto', 'auto'];

/** Y range: 0..100 for percentages (stretching if data goes beyond), automatic otherwise. */
export function yDomainFor(column: MetricColumn): YDomain {
  return isPercentColumn(column) ? PERCENT_DOMAIN : AUTO_DOMAIN;
}
