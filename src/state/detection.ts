import { score } from '../bridge/scoreBridge';
import { sortScores, thresholdForFalseAlarmRate } from '../core/detection/sortedScores';
import { computeThreshold, SENSITIVITY_RULES, type Sensitivity, type ThresholdRule } from '../core/detection/thresholds';
import { DEFAULT_COOLDOWN_MS } from '../core/detection/incidents';
import { loadModel } from '../persistence/modelStore';
import { AppError, isAbortError } from '../shared/errors';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import type { BaselineDetection, DetectJob, Detection } from './detectionJob';
import { modelThreshold } from './modelThreshold';
import type { BaselineProfile } from '../shared/baselines';
import type { DatasetScores } from '../shared/scoring';

let controller: AbortController | null = null;

/** The baselines' scores with thresholds from their own validation scores by the same rule; none when a reference is empty. */
function baselineDetections(scores: DatasetScores, profile: BaselineProfile | null, rule: ThresholdRule): BaselineDetection[] {
  if (!scores.baselines || !profile) return [];
  const entries = [
    { id: 'pca' as const, name: 'PCA reconstruction error', result: scores.baselines.pca, reference: profile.pcaReference },
    { id: 'zscore' as const, name: 'Rolling z-score', result: scores.baselines.zscore, reference: profile.zReference },
  ];
  return entries.flatMap(({ id, name, result, reference }) => {
    const sorted = sortScores(reference);
    if (sorted.values.length === 0) return [];
    return [{ id, name, scores: result.scores, ranking: result.ranking, threshold: computeThreshold(sorted, rule) }];
  });
}

/** Dataset row → scored (matrix) row, -1 where a row was not scored. */
function matrixRowIndex(rowCount: number, scoredRows: Uint32Array): Int32Array {
  const index = new Int32Array(rowCount).fill(-1);
  for (let i = 0; i < scoredRows.length; i++) index[scoredRows[i]] = i;
  return index;
}

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
    const { reference, rule, value: autoThreshold } = modelThreshold(meta, errors);
    if (!Number.isFinite(autoThreshold)) throw new AppError(`The model “${meta.name}” has no errors to set a threshold from and no saved threshold.`);
    const detection: Detection = {
      modelId: meta.id,
      modelName: meta.name,
      dataset,
      scores,
      preprocessing: meta.preprocessing,
      matrixRowOf: matrixRowIndex(scores.rowScores.length, scores.scoredRows),
      reference,
      referenceInOrder: errors.validation.length > 0 ? errors.validation : errors.training,
      rule,
      autoThreshold,
      baselines: baselineDetections(scores, baselines, rule),
      cooldownMs: DEFAULT_COOLDOWN_MS,
    };
    // A model imported with a threshold someone chose flags exactly as it did where it was exported.
    setDetect({ status: 'done', detection, threshold: meta.threshold?.value ?? autoThreshold, selectedIncident: null });
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
