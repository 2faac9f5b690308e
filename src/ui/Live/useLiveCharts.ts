import { useMemo } from 'react';
import { rollingChartPaths, type RollingChartPaths } from '../../core/rollingCharts';
import { liveChart, useLiveStore } from '../../state/liveStore';

/** Chart box in SVG units; the SVG scales to its container. */
export const CHART_WIDTH = 600;
export const SCORE_HEIGHT = 120;
export const METRIC_HEIGHT = 36;

/** The rolling charts' SVG paths for the last `spanMinutes` of data time, recomputed when new rows arrive. */
export function useLiveCharts(): RollingChartPaths {
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
    const spanMs = span * 60_000;
    return rollingChartPaths(chart.since(to - spanMs), {
      to,
      spanMs,
      threshold,
      width: CHART_WIDTH,
      scoreHeight: SCORE_HEIGHT,
      metricHeight: METRIC_HEIGHT,
      metrics: features.map((key, f) => ({ key, label: labels[f] ?? key })),
      events,
    });
  }, [version, span, threshold, features, labels, events]);
}
