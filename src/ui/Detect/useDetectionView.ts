import { useAppStore } from '../../state/appStore';
import type { DetectionView } from '../../state/detectionView';

/** The flags and metrics on screen: computed in the score worker for the current scoring, following the threshold and the maintenance windows. */
export function useDetectionView(): DetectionView | null {
  return useAppStore((state) => (state.detect.shown && state.detect.shown.detection === state.detect.detection ? state.detect.shown.view : null));
}
