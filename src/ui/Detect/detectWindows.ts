import type { Incident } from '../../core/detection/incidents';
import { eventWindows, incidentWindows, maskWindows, type KindedWindow } from '../../core/windows';
import type { TimeWindow } from '../../core/timeBuckets';
import type { Dataset } from '../../shared/dataset';
import type { WindowKind } from '../charts/chartTheme';

/** Detected incidents, ground-truth events (or labelled runs) and filled gaps as chart bands. */
export function detectionWindows(dataset: Dataset, incidents: readonly Incident[]): KindedWindow<WindowKind>[] {
  const interval = dataset.meta.intervalMs;
  const truth =
    dataset.events.length > 0
      ? eventWindows(dataset.events, 'truth', interval)
      : dataset.labels
        ? maskWindows(dataset.labels, dataset.timestamps, 'truth', interval)
        : [];
  const filled = dataset.missing ? maskWindows(dataset.missing, dataset.timestamps, 'filled', interval) : [];
  return [...filled, ...truth, ...incidentWindows(incidents, interval)];
}

/** The time around an incident: its span with room on both sides (twice its length, at least an hour's worth of rows). */
export function incidentView(incident: Incident, intervalMs: number): TimeWindow {
  const pad = Math.max(2 * incident.durationMs, 60 * intervalMs, 3_600_000);
  return { start: incident.start - pad, end: incident.end + intervalMs + pad };
}

/** A log axis range for scores and the threshold: the smallest positive to the largest value, with room. */
export function logScoreDomain(values: ArrayLike<number>, threshold: number): [number, number] {
  let lo = threshold > 0 ? threshold : Infinity;
  let hi = threshold > 0 ? threshold : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > 0) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo) || !(hi > 0)) return [1e-6, 1];
  return [lo / 1.5, hi * 1.5];
}
