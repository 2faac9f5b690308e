import { useMemo } from 'react';
import { useAppStore } from '../../state/appStore';
import { detectionView, type DetectionView } from '../../state/detectionView';
import { useFeedback, windowsFor } from '../../state/feedbackStore';

/** The flags and metrics at the current threshold, recomputed only when the scores, the threshold or the maintenance windows change. */
export function useDetectionView(): DetectionView | null {
  const detection = useAppStore((state) => state.detect.detection);
  const threshold = useAppStore((state) => state.detect.threshold);
  const modelId = useFeedback((state) => state.modelId);
  const maintenance = useFeedback((state) => state.maintenance);
  return useMemo(
    () => (detection ? detectionView(detection, threshold, windowsFor(detection, { modelId, maintenance })) : null),
    [detection, threshold, modelId, maintenance],
  );
}
