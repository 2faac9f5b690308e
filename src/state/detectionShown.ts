import { viewOf } from '../bridge/scoreBridge';
import type { MaintenanceWindow } from '../shared/feedback';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import type { Detection, DetectJob } from './detectionJob';
import { useFeedback, windowsFor } from './feedbackStore';
import { shownView, type ShownView } from './shownDetection';

type Shown = NonNullable<DetectJob['shown']>;

/** Whether `shown` is the view of `detection` at `threshold` with `maintenance`. */
function isViewOf(shown: DetectJob['shown'], detection: Detection, threshold: number, maintenance: readonly MaintenanceWindow[]): shown is Shown {
  return shown !== null && shown.detection === detection && Object.is(shown.threshold, threshold) && shown.maintenance === maintenance;
}

/** The view of `detection` at `threshold` with its maintenance windows: the one on screen when it matches, else computed here and now. */
export function currentView(detection: Detection, threshold: number): ShownView {
  const maintenance = windowsFor(detection);
  const { shown } = useAppStore.getState().detect;
  return isViewOf(shown, detection, threshold, maintenance) ? shown : shownView(detection, threshold, maintenance);
}

/** The view of `detection` at `threshold` with its maintenance windows now, from the score worker. */
export async function computeShown(detection: Detection, threshold: number): Promise<Shown> {
  return { ...(await viewOf(detection, threshold, windowsFor(detection))), detection };
}

let asked = 0;

/** Asks for the view of the current detection, threshold and windows when the one on screen is another; the latest answer wins. */
async function refreshShown(): Promise<void> {
  const { detection, threshold, shown, status } = useAppStore.getState().detect;
  // A scoring under way sets its first view itself, with its detection.
  if (!detection || status === 'scoring' || isViewOf(shown, detection, threshold, windowsFor(detection))) return;
  const ticket = ++asked;
  try {
    const next = await computeShown(detection, threshold);
    const now = useAppStore.getState().detect;
    if (ticket === asked && now.detection === detection) useAppStore.setState({ detect: { ...now, shown: next } });
  } catch (error) {
    reportError(error);
  }
}

/** Keeps the shown view following the threshold and the maintenance windows; returns the unsubscribe. */
export function followShownView(): () => void {
  const fromApp = useAppStore.subscribe((state, before) => {
    if (state.detect.detection !== before.detect.detection || state.detect.threshold !== before.detect.threshold || state.detect.status !== before.detect.status) void refreshShown();
  });
  const fromFeedback = useFeedback.subscribe((state, before) => {
    if (state.maintenance !== before.maintenance || state.modelId !== before.modelId) void refreshShown();
  });
  return () => {
    fromApp();
    fromFeedback();
  };
}
