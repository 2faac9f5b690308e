import { sortScores, type SortedScores } from '../core/detection/sortedScores';
import { checkRule, computeThreshold, DEFAULT_THRESHOLD_RULE, type ThresholdRule } from '../core/detection/thresholds';
import type { ErrorProfile, SavedModelMeta } from '../shared/training';

/** A model's label-free threshold: the errors it is read from, the rule, and the value the rule gives. */
export interface ModelThreshold {
  /** The validation errors, sorted; the training sample when a 0 % split left none. */
  reference: SortedScores;
  rule: ThresholdRule;
  /** NaN only when there are no reference errors and no saved value. */
  value: number;
}

/** The rule saved with an imported model when it is one this app knows, else the default. */
function savedRule(rule: unknown): ThresholdRule {
  if (rule === undefined) return DEFAULT_THRESHOLD_RULE;
  try {
    return checkRule(rule as ThresholdRule);
  } catch (error) {
    console.warn('The model’s saved threshold rule is not one this app knows; using the default', error);
    return DEFAULT_THRESHOLD_RULE;
  }
}

/**
 * The automatic threshold of a model, the same for scoring and for a downloaded bundle: its rule
 * (an imported model's own, else the default) on its reference errors; an imported model without
 * reference errors keeps the value it was saved with.
 */
export function modelThreshold(meta: Pick<SavedModelMeta, 'threshold'>, errors: ErrorProfile): ModelThreshold {
  const reference = sortScores(errors.validation.length > 0 ? errors.validation : errors.training);
  const rule = savedRule(meta.threshold?.rule);
  const value = reference.values.length > 0 ? computeThreshold(reference, rule) : (meta.threshold?.value ?? Number.NaN);
  return { reference, rule, value };
}

/** The value a model flags at until someone moves it: an imported model's saved one, else its `automatic` one (Live, and the day-range rule's unit). */
export function flaggingThreshold(meta: Pick<SavedModelMeta, 'threshold'>, automatic: number): number {
  return meta.threshold?.value ?? automatic;
}
