import { useMemo } from 'react';
import { findIncidents } from '../../core/detection/incidents';
import { maintenanceFilter } from '../../core/feedback/maintenance';
import { incidentWindows, type KindedWindow } from '../../core/windows';
import { useAppStore } from '../../state/appStore';
import { useFeedback, windowsFor } from '../../state/feedbackStore';
import type { Dataset } from '../../shared/dataset';

/** The incidents of the last detection on this dataset, at the Detect panel's threshold, as 'detected' chart bands; none for another dataset. */
export function useDetectedWindows(dataset: Dataset): KindedWindow<'detected'>[] {
  const detection = useAppStore((state) => state.detect.detection);
  const threshold = useAppStore((state) => state.detect.threshold);
  const modelId = useFeedback((state) => state.modelId);
  const maintenance = useFeedback((state) => state.maintenance);
  return useMemo(() => {
    if (!detection || detection.dataset.meta.id !== dataset.meta.id) return [];
    // The same incidents as Detect lists, maintenance windows included.
    const suppressed = maintenanceFilter(windowsFor(detection, { modelId, maintenance }));
    const incidents = findIncidents(detection.dataset.timestamps, detection.scores.rowScores, threshold, { cooldownMs: detection.cooldownMs, suppressed });
    return incidentWindows(incidents, dataset.meta.intervalMs);
  }, [detection, threshold, dataset, modelId, maintenance]);
}
