import { sparklinePath, sparkX, sparkY, valueRange, type SparkFrame } from './sparkline';

/** The rows a rolling chart shows: timestamps, one array per metric, and the scores. */
export interface RollingRows {
  timestamps: Float64Array;
  values: Float32Array[];
  scores: Float32Array;
}

export interface RollingChartOptions {
  /** Newest timestamp; the charts end here and span `spanMs` back. */
  to: number;
  spanMs: number;
  threshold: number;
  width: number;
  scoreHeight: number;
  metricHeight: number;
  metrics: { key: string; label: string }[];
  events: readonly { type: string; start: number }[];
}

export interface RollingChartPaths {
  from: number;
  to: number;
  /** The score's path, the threshold's height, the axis's top value and the latest score. */
  score: { path: string; thresholdY: number; max: number; last: number } | null;
  /** Flagged rows as x positions, at most one per pixel column. */
  flaggedX: number[];
  metrics: { key: string; label: string; path: string; min: number; max: number; last: number }[];
  /** Anomalies that began in the span, as x positions. */
  events: { x: number; type: string }[];
}

/** SVG paths of the score (log axis, with its threshold) and of every metric over the last `spanMs`, for the Live panel. */
export function rollingChartPaths(rows: RollingRows, options: RollingChartOptions): RollingChartPaths {
  const { to, threshold, width } = options;
  const from = to - options.spanMs;
  const frame = { from, to, width };
  const scoreRange = valueRange(rows.scores, true);
  let score: RollingChartPaths['score'] = null;
  if (scoreRange) {
    const scoreFrame: SparkFrame = { ...frame, height: options.scoreHeight, log: true, min: Math.min(scoreRange.min, threshold), max: Math.max(scoreRange.max, threshold * 1.5) };
    const last = rows.scores.length > 0 ? rows.scores[rows.scores.length - 1] : Number.NaN;
    score = { path: sparklinePath(rows.timestamps, rows.scores, scoreFrame), thresholdY: sparkY(threshold, scoreFrame), max: scoreFrame.max, last };
  }
  const flagged = new Set<number>();
  rows.scores.forEach((s, i) => {
    if (s >= threshold) flagged.add(Math.round(sparkX(rows.timestamps[i], frame)));
  });
  const metrics = options.metrics.map(({ key, label }, f) => {
    const values = rows.values[f] ?? new Float32Array(0);
    const range = valueRange(values) ?? { min: 0, max: 1 };
    // A flat series is drawn mid-height rather than on an edge.
    const pad = range.max > range.min ? 0 : 1;
    return {
      key,
      label,
      path: sparklinePath(rows.timestamps, values, { ...frame, height: options.metricHeight, min: range.min - pad, max: range.max + pad }),
      min: range.min,
      max: range.max,
      last: values.length > 0 ? values[values.length - 1] : Number.NaN,
    };
  });
  const events = options.events.filter((e) => e.start >= from && e.start <= to).map((e) => ({ x: sparkX(e.start, frame), type: e.type }));
  return { from, to, score, flaggedX: [...flagged], metrics, events };
}
