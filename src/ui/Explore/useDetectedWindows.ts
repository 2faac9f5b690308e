import { useMemo } from 'react';
import { findIncidents } from '../../core/detection/incidents';
import { incidentWindows, type KindedWindow } from '../../core/windows';
import { useAppStore } from '../../state/appStore';
import type { Dataset } from '../../shared/dataset';

/** The incidents of the last detection on this dataset, at the Detect panel's threshold, as 'detected' chart bands; none for another dataset. */
export function useDetectedWindows(dataset: Dataset): KindedWindow<'detected'>[] {
  const detection = useAppStore((state) => state.detect.detection);
  const threshold = useAppStore((state) => state.detect.threshold);
  return useMemo(() => {
    if (!detection || detection.dataset.meta.id !== dataset.meta.id) return [];
    const incidents = findIncidents(detection.dataset.timestamps, detection.scores.rowScores, threshold, { cooldownMs: detection.cooldownMs });
    return incidentWindows(incidents, dataset.meta.intervalMs);
  }, [detection, threshold, dataset]);
}
