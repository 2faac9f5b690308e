import { DEFAULT_COOLDOWN_MS } from '../core/detection/incidents';
import { scoredRowIndex } from '../core/preprocess/matrix';
import { sortScores } from '../core/detection/sortedScores';
import { computeThreshold, type ThresholdRule } from '../core/detection/thresholds';
import type { BaselineProfile } from '../shared/baselines';
import type { Dataset } from '../shared/dataset';
import { AppError } from '../shared/errors';
import type { AlarmThresholds, DatasetScores } from '../shared/scoring';
import type { ErrorProfile, SavedModelMeta } from '../shared/training';
import type { BaselineDetection, Detection } from './detectionJob';
import { flaggingThreshold, modelThreshold } from './modelThreshold';

/** A baseline's threshold by `rule` on its own validation scores; undefined when it has none. */
function baselineThreshold(reference: Float32Array | undefined, rule: ThresholdRule): number | undefined {
  const sorted = reference ? sortScores(reference) : null;
  return sorted && sorted.values.length > 0 ? computeThreshold(sorted, rule) : undefined;
}

/** The baselines' scores with thresholds from their own validation scores by the same rule; none when a reference is empty. */
function baselineDetections(scores: DatasetScores, profile: BaselineProfile | null, rule: ThresholdRule): BaselineDetection[] {
  if (!scores.baselines || !profile) return [];
  const entries = [
    { id: 'pca' as const, name: 'PCA reconstruction error', result: scores.baselines.pca, reference: profile.pcaReference },
    { id: 'zscore' as const, name: 'Rolling z-score', result: scores.baselines.zscore, reference: profile.zReference },
  ];
  return entries.flatMap(({ id, name, result, reference }) => {
    const threshold = baselineThreshold(reference, rule);
    return threshold === undefined ? [] : [{ id, name, scores: result.scores, ranking: result.ranking, threshold }];
  });
}

/** The thresholds the scoring folds the day-range rule's alarms into: the one the model flags at and each baseline's, by the same rule. */
export function alarmThresholds(model: ScoredModel): AlarmThresholds {
  const { rule, value } = modelThreshold(model.meta, model.errors);
  return {
    model: flaggingThreshold(model.meta, value),
    pca: baselineThreshold(model.baselines?.pcaReference, rule),
    zscore: baselineThreshold(model.baselines?.zReference, rule),
  };
}

/** What a scoring needs beside its scores: the model's record, its reference errors and its baselines. */
export interface ScoredModel {
  meta: Pick<SavedModelMeta, 'id' | 'name' | 'preprocessing' | 'threshold'>;
  errors: ErrorProfile;
  baselines: BaselineProfile | null;
}

/**
 * A Detection of `dataset` from its scores and the model that made them: the automatic threshold by
 * the model's rule on its validation errors, the baselines by the same rule, the default alarm policy.
 * @throws AppError when the model has neither reference errors nor a saved threshold.
 */
export function assembleDetection(dataset: Dataset, scores: DatasetScores, model: ScoredModel): Detection {
  const { meta, errors, baselines } = model;
  const { reference, rule, value: autoThreshold } = modelThreshold(meta, errors);
  if (!Number.isFinite(autoThreshold)) throw new AppError(`The model “${meta.name}” has no errors to set a threshold from and no saved threshold.`);
  return {
    modelId: meta.id,
    modelName: meta.name,
    dataset,
    scores,
    preprocessing: meta.preprocessing,
    matrixRowOf: scoredRowIndex(scores.rowScores.length, scores.scoredRows),
    reference,
    referenceInOrder: errors.validation.length > 0 ? errors.validation : errors.training,
    rule,
    autoThreshold,
    baselines: baselineDetections(scores, baselines, rule),
    cooldownMs: DEFAULT_COOLDOWN_MS,
  };
}
