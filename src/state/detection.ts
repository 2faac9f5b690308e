import { scoreDetection } from '../bridge/scoreBridge';
import { thresholdForFalseAlarmRate } from '../core/detection/sortedScores';
import { computeThreshold, SENSITIVITY_RULES, type Sensitivity } from '../core/detection/thresholds';
import { loadModel } from '../persistence/modelStore';
import { AppError, isAbortError } from '../shared/errors';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import type { DetectJob } from './detectionJob';
import { recallDetectMemory, rememberScored, rememberThreshold } from './detectionMemory';
import { computeShown, currentView } from './detectionShown';
import { loadFeedback } from './feedback';

let controller: AbortController | null = null;

function setDetect(patch: Partial<DetectJob>): void {
  useAppStore.setState((state) => ({ detect: { ...state.detect, ...patch } }));
}

/** `id` when `incidents` has that incident, else null. */
function existingIncident(incidents: readonly unknown[], id: number | null): number | null {
  return id !== null && id <= incidents.length ? id : null;
}

/**
 * Scores the open dataset with the picked model in a worker. The threshold is the one last set for
 * this model, else the one it was imported with, else the automatic one from its validation errors.
 * `incident` (a link's) is selected afterwards when it exists. The scores are not stored, only which
 * pair was scored, so a reload scores it again; a failure leaves the previous result shown.
 */
export async function startDetection(incident: number | null = null): Promise<void> {
  const { selectedDataset: dataset, selectedModelId, detect, trainSettings } = useAppStore.getState();
  if (detect.status === 'scoring') return;
  if (!dataset || !selectedModelId) {
    reportError(new AppError(!dataset ? 'Open or generate a dataset to score.' : 'Train or pick a model in the Train panel first.'));
    return;
  }
  const abort = new AbortController();
  controller = abort;
  setDetect({ status: 'scoring', progress: 0, pendingIncident: incident });
  try {
    const [{ meta, artifacts, errors, baselines }, memory] = await Promise.all([loadModel(selectedModelId), recallDetectMemory()]);
    const request = { artifacts, preprocessing: meta.preprocessing, backend: trainSettings.backend, baselines, trainingErrors: errors.training };
    // Only what the assembly reads crosses to the worker, not the model's whole record.
    const scored = { meta: { id: meta.id, name: meta.name, preprocessing: meta.preprocessing, threshold: meta.threshold }, errors, baselines };
    const detection = await scoreDetection(dataset, request, scored, abort.signal, (progress) => setDetect({ progress }));
    // A model imported with a threshold someone chose flags exactly as it did where it was exported.
    const chosen = Object.hasOwn(memory.thresholds, meta.id) ? memory.thresholds[meta.id] : undefined;
    const threshold = chosen ?? meta.threshold?.value ?? detection.autoThreshold;
    // Its windows are set at once (they decide which incidents exist); the marks follow.
    void loadFeedback(dataset.meta.id, dataset.meta.name, meta);
    // The panel's own view, computed in the worker, so the count is the one its table shows.
    const shown = await computeShown(detection, threshold);
    setDetect({ status: 'done', progress: 1, detection, threshold, shown, selectedIncident: existingIncident(shown.view.incidents, incident), pendingIncident: null });
    rememberScored({ datasetId: dataset.meta.id, modelId: meta.id });
  } catch (error) {
    setDetect({ status: isAbortError(error) ? 'cancelled' : 'failed', pendingIncident: null });
    reportError(error);
  } finally {
    if (controller === abort) controller = null;
  }
}

/** Stops a running scoring; the worker is terminated. */
export function cancelDetection(): void {
  if (useAppStore.getState().detect.status === 'scoring') controller?.abort();
}

/** Moves the threshold and remembers it for the model; flags, incidents and metrics follow without scoring again. */
export function setThreshold(threshold: number): void {
  if (!(Number.isFinite(threshold) && threshold > 0)) return;
  setDetect({ threshold, selectedIncident: null });
  const modelId = useAppStore.getState().detect.detection?.modelId;
  if (modelId) rememberThreshold(modelId, threshold);
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

/** Shows the incident a link named if the scoring on screen has it at the current threshold; else changes nothing. */
export function selectLinkedIncident(id: number): void {
  const { detection, threshold } = useAppStore.getState().detect;
  if (detection && existingIncident(currentView(detection, threshold).view.incidents, id) !== null) setDetect({ selectedIncident: id });
}

/** Shows one incident in the charts, or none. */
export function selectIncident(id: number | null): void {
  setDetect({ selectedIncident: id });
}
