import { useMemo } from 'react';
import { incidentWindows, type KindedWindow } from '../../core/windows';
import { useAppStore } from '../../state/appStore';
import type { Dataset } from '../../shared/dataset';

/** The incidents of the last detection on this dataset, at the Detect panel's threshold, as 'detected' chart bands; none for another dataset. */
export function useDetectedWindows(dataset: Dataset): KindedWindow<'detected'>[] {
  // The same incidents as Detect lists, maintenance windows included, already computed in the score worker.
  const shown = useAppStore((state) => (state.detect.shown?.detection === state.detect.detection ? state.detect.shown : null));
  return useMemo(() => {
    if (!shown || shown.detection.dataset.meta.id !== dataset.meta.id) return [];
    return incidentWindows(shown.view.incidents, dataset.meta.intervalMs);
  }, [shown, dataset]);
}
