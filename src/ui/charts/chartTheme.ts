import type { LegendEntry } from './saveChartImage';

/** Kinds of window a time-series chart can shade: anomalies, and rows filled in for missing steps. */
export type WindowKind = 'filled' | 'truth' | 'detected';

export interface WindowStyle {
  label: string;
  fill: string;
  fillOpacity: number;
  stroke?: string;
  strokeDasharray?: string;
}

// Truth is a soft solid band; detections are an outlined, dashed band so both read when they overlap.
export const WINDOW_STYLES: Record<WindowKind, WindowStyle> = {
  filled: { label: 'filled gap', fill: '#6b7280', fillOpacity: 0.22 },
  truth: { label: 'ground-truth anomaly', fill: '#dc2626', fillOpacity: 0.18 },
  detected: { label: 'detected anomaly', fill: '#7c3aed', fillOpacity: 0.12, stroke: '#6d28d9', strokeDasharray: '4 3' },
};

/** Drawing order: filled gaps underneath, detections on top of the truth they are compared with. */
export const WINDOW_KIND_ORDER: readonly WindowKind[] = ['filled', 'truth', 'detected'];

export const CHART_COLORS = {
  line: '#1d4ed8',
  bar: '#2563eb',
  grid: '#e5e7eb',
  axis: '#4b5563',
  tick: '#374151',
  selection: '#1d4ed8',
} as const;

/** The legend swatch of a window kind, shared by the on-page legend and the saved PNG. */
export function windowLegendEntry(kind: WindowKind): LegendEntry {
  const style = WINDOW_STYLES[kind];
  return { label: style.label, color: style.stroke ?? style.fill, shape: 'band', opacity: style.fillOpacity * 2, dashed: style.strokeDasharray !== undefined };
}
