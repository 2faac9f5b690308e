import type { AnomalyEvent } from '../shared/anomaly';
import type { TimeWindow } from './timeBuckets';

/** A time window marked as one kind of anomaly (e.g. ground truth or detected). */
export interface KindedWindow<K extends string = string> extends TimeWindow {
  kind: K;
}

/**
 * Anomaly events as half-open windows; `intervalMs` extends each past its last row so a
 * one-row event still has a width.
 */
export function eventWindows<K extends string>(events: readonly AnomalyEvent[], kind: K, intervalMs: number): KindedWindow<K>[] {
  return events.map((e) => ({ start: e.start, end: e.end + intervalMs, kind }));
}

/**
 * Runs of flagged rows (e.g. `Dataset.missing`) as half-open windows, each extended one interval
 * past its last row like eventWindows.
 */
/** Incidents as 'detected' bands: from the first flagged row to the end of the last one's step. */
export function incidentWindows(incidents: readonly { start: number; end: number }[], intervalMs: number): KindedWindow<'detected'>[] {
  return incidents.map((incident) => ({ start: incident.start, end: incident.end + intervalMs, kind: 'detected' as const }));
}

/** Incidents that overlap `window` (each lasting to the end of its last row's step). */
export function incidentsIn<T extends { start: number; end: number }>(incidents: readonly T[], window: TimeWindow, intervalMs: number): T[] {
  return incidents.filter((incident) => incident.end + intervalMs > window.start && incident.start < window.end);
}

export function maskWindows<K extends string>(mask: Uint8Array, timestamps: Float64Array, kind: K, intervalMs: number): KindedWindow<K>[] {
  const windows: KindedWindow<K>[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === 0) continue;
    const first = i;
    while (i + 1 < mask.length && mask[i + 1] !== 0) i++;
    windows.push({ start: timestamps[first], end: timestamps[i] + intervalMs, kind });
  }
  return windows;
}

/**
 * The windows that touch `view`, each widened to at least `minSpan` (so it stays visible at
 * coarse zoom), clipped to `view`, and merged with windows of the same kind that overlap or lie
 * less than `minSpan` apart (a gap that narrow does not show, and each band costs a chart element).
 */
export function visibleWindows<K extends string>(windows: readonly KindedWindow<K>[], view: TimeWindow, minSpan = 0): KindedWindow<K>[] {
  const clipped: KindedWindow<K>[] = [];
  for (const w of windows) {
    let { start, end } = w;
    const missing = minSpan - (end - start);
    if (missing > 0) {
      start -= missing / 2;
      end += missing / 2;
    }
    if (end <= view.start || start >= view.end) continue;
    clipped.push({ start: Math.max(start, view.start), end: Math.min(end, view.end), kind: w.kind });
  }
  clipped.sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind < b.kind ? -1 : 1));
  const merged: KindedWindow<K>[] = [];
  for (const w of clipped) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === w.kind && w.start <= prev.end + minSpan) prev.end = Math.max(prev.end, w.end);
    else merged.push(w);
  }
  return merged;
}
