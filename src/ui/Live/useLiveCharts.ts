import { useMemo } from 'react';
import { sparklinePath, sparkY, valueRange, type SparkFrame } from '../../core/sparkline';
import { liveChart, useLiveStore } from '../../state/liveStore';

/** Chart box in SVG units; the SVG scales to its container. */
export const CHART_WIDTH = 600;
export const SCORE_HEIGHT = 120;
export const METRIC_HEIGHT = 36;

export interface LiveChartPaths {
  from: number;
  to: number;
  score: { path: string; thresholdY: number; frame: SparkFrame } | null;
  /** Flagged rows as x positions (at most one per pixel column). */
  flaggedX: number[];
  metrics: { key: string; label: string; path: string; min: number; max: number; last: number }[];
  /** Simulated anomalies that began in the span, as x positions. */
  events: { x: number; type: string }[];
}

/** The rolling charts' SVG paths for the last `spanMinutes` of data time, recomputed when new rows arrive. */
export function useLiveCharts(): LiveChartPaths {
  const version = useLiveStore((state) => state.version);
  const span = useLiveStore((state) => state.spanMinutes);
  const threshold = useLiveStore((state) => state.threshold);
  const features = useLiveStore((state) => state.features);
  const labels = useLiveStore((state) => state.featureLabels);
  const events = useLiveStore((state) => state.events);
  return useMemo(() => {
    void version; // the rolling buffer is mutable: version says it moved
    const chart = liveChart();
    const to = chart.lastTime;
    const from = to - span * 60_000;
    const rows = chart.since(from);
    const frame = { from, to, width: CHART_WIDTH };
    const scoreRange = valueRange(rows.scores, true);
    const score = scoreRange
      ? (() => {
          const scoreFrame: SparkFrame = { ...frame, height: SCORE_HEIGHT, log: true, min: Math.min(scoreRange.min, threshold), max: Math.max(scoreRange.max, threshold * 1.5) };
          return { path: sparklinePath(rows.timestamps, rows.scores, scoreFrame), thresholdY: sparkY(threshold, scoreFrame), frame: scoreFrame };
        })()
      : null;
    const flagged = new Set<number>();
    rows.scores.forEach((s, i) => {
      if (s >= threshold) flagged.add(Math.round(((rows.timestamps[i] - from) / (to - from || 1)) * CHART_WIDTH));
    });
    const metrics = features.map((key, f) => {
      const values = rows.values[f] ?? new Float32Array(0);
      const range = valueRange(values) ?? { min: 0, max: 1 };
      const pad = range.max > range.min ? 0 : 1;
      return {
        key,
        label: labels[f] ?? key,
        path: sparklinePath(rows.timestamps, values, { ...frame, height: METRIC_HEIGHT, min: range.min - pad, max: range.max + pad }),
        min: range.min,
        max: range.max,
        last: values.length > 0 ? values[values.length - 1] : Number.NaN,
      };
    });
    const spanEvents = events.filter((e) => e.start >= from && e.start <= to).map((e) => ({ x: ((e.start - from) / (to - from || 1)) * CHART_WIDTH, type: e.type }));
    return { from, to, score, flaggedX: [...flagged], metrics, events: spanEvents };
  }, [version, span, threshold, features, labels, events]);
}
