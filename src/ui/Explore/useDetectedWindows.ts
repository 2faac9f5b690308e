import { useMemo } from 'react';
import { findIncidents } from '../../core/detection/incidents';
import type { KindedWindow } from '../../core/windows';
import { useAppStore } from '../../state/appStore';
import type { Dataset } from '../../shared/dataset';

/** The incidents of the last detection on this dataset, at the Detect panel's threshold, as 'detected' chart bands; none for another dataset. */
export function useDetectedWindows(dataset: Dataset): KindedWindow<'detected'>[] {
  const detection = useAppStore((state) => state.detect.detection);
  const threshold = useAppStore((state) => state.detect.threshold);
  return useMemo(() => {
    if (!detection || detection.dataset.meta.id !== dataset.meta.id) return [];
    const interval = dataset.meta.intervalMs;
    const incidents = findIncidents(detection.dataset.timestamps, detection.scores.rowScores, threshold, { cooldownMs: detection.cooldownMs });
    return incidents.map((incident) => ({ start: incident.start, end: incident.end + interval, kind: 'detected' as const }));
  }, [detection, threshold, dataset]);
}
