import { useMemo } from 'react';
import { useAppStore } from '../../state/appStore';
import { detectionView, type DetectionView } from '../../state/detectionView';

/** The flags and metrics at the current threshold, recomputed only when the scores or the threshold change. */
export function useDetectionView(): DetectionView | null {
  const detection = useAppStore((state) => state.detect.detection);
  const threshold = useAppStore((state) => state.detect.threshold);
  return useMemo(() => (detection ? detectionView(detection, threshold) : null), [detection, threshold]);
}
