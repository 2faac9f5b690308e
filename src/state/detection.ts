import { score } from '../bridge/scoreBridge';
import { thresholdForFalseAlarmRate } from '../core/detection/sortedScores';
import { computeThreshold, SENSITIVITY_RULES, type Sensitivity } from '../core/detection/thresholds';
import { loadModel } from '../persistence/modelStore';
import { AppError, isAbortError } from '../shared/errors';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { assembleDetection } from './detectionBuild';
import type { DetectJob } from './detectionJob';

let controller: AbortController | null = null;

function setDetect(patch: Partial<DetectJob>): void {
  useAppStore.setState((state) => ({ detect: { ...state.detect, ...patch } }));
}

/**
 * Scores the open dataset with the picked model in a worker and sets the automatic threshold from
 * the model's validation errors. Nothing is stored; a failure leaves the previous result shown.
 */
export async function startDetection(): Promise<void> {
  const { selectedDataset: dataset, selectedModelId, detect, trainSettings } = useAppStore.getState();
  if (detect.status === 'scoring') return;
  if (!dataset || !selectedModelId) {
    reportError(new AppError(!dataset ? 'Open or generate a dataset to score.' : 'Train or pick a model in the Train panel first.'));
    return;
  }
  const abort = new AbortController();
  controller = abort;
  setDetect({ status: 'scoring' });
  try {
    const { meta, artifacts, errors, baselines } = await loadModel(selectedModelId);
    const scores = await score(dataset, { artifacts, preprocessing: meta.preprocessing, backend: trainSettings.backend, baselines, trainingErrors: errors.training }, abort.signal);
    const detection = assembleDetection(dataset, scores, { meta, errors, baselines });
    // A model imported with a threshold someone chose flags exactly as it did where it was exported.
    setDetect({ status: 'done', detection, threshold: meta.threshold?.value ?? detection.autoThreshold, selectedIncident: null });
  } catch (error) {
    setDetect({ status: isAbortError(error) ? 'cancelled' : 'failed' });
    reportError(error);
  } finally {
    if (controller === abort) controller = null;
  }
}

/** Stops a running scoring; the worker is terminated. */
export function cancelDetection(): void {
  if (useAppStore.getState().detect.status === 'scoring') controller?.abort();
}

/** Moves the threshold; flags, incidents and metrics follow without scoring again. */
export function setThreshold(threshold: number): void {
  if (Number.isFinite(threshold) && threshold > 0) setDetect({ threshold, selectedIncident: null });
}

/** Sets the threshold so that this share of the reference rows (the model's validation errors) lies above it. */
export function setFalseAlarmRate(rate: number): void {
  const { detection } = useAppStore.getState().detect;
  if (detection && rate > 0 && rate < 1) setThreshold(thresholdForFalseAlarmRate(detection.reference, rate));
}

/** Sets the threshold by a sensitivity level: the same robust rule on the validation scores, stricter or looser. */
export function setSensitivity(level: Sensitivity): void {
  const { detection } = useAppStore.getState().detect;
  if (!detection) return;
  setThreshold(level === 'medium' ? detection.autoThreshold : computeThreshold(detection.reference, SENSITIVITY_RULES[level]));
}

/** Back to the automatic threshold. */
export function resetThreshold(): void {
  const { detection } = useAppStore.getState().detect;
  if (detection) setThreshold(detection.autoThreshold);
}

/** Shows one incident in the charts, or none. */
export function selectIncident(id: number | null): void {
  setDetect({ selectedIncident: id });
}
