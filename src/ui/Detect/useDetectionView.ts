import { useAppStore } from '../../state/appStore';
import type { DetectionView } from '../../state/detectionView';
import type { ShownView } from '../../state/shownDetection';

/** The view on screen with its report and swimlane: computed in the score worker for the current scoring, following the threshold and the maintenance windows. */
export function useShownView(): ShownView | null {
  return useAppStore((state) => (state.detect.shown && state.detect.shown.detection === state.detect.detection ? state.detect.shown : null));
}

/** The flags and metrics on screen (see useShownView). */
export function useDetectionView(): DetectionView | null {
  return useShownView()?.view ?? null;
}
