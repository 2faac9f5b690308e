import { logMadThreshold } from './logMad';
import { potThreshold } from './pot';
import { quantileOf, sortScores, type ReferenceScores } from './sortedScores';

/**
 * How the automatic threshold is derived from reference scores (the validation rows' errors).
 * Plain JSON: it is saved with the model and in exported bundles.
 */
export type ThresholdRule =
  /** The q-quantile of the reference, e.g. 0.99. */
  | { kind: 'quantile'; q: number }
  /** Mean + k standard deviations of the reference. */
  | { kind: 'meanStd'; k: number }
  /** Peaks-Over-Threshold: a GPD fitted above the initial quantile, read at the given risk (see potThreshold). */
  | { kind: 'pot'; initialQuantile: number; risk: number }
  /** exp(median + k·1.4826·MAD) of the log scores: robust to anomalies in the reference (see logMadThreshold). */
  | { kind: 'logMad'; k: number };

/**
 * The threshold a rule gives on the reference scores; NaN and infinite scores are skipped.
 * Pass `sortScores(reference)` to compute several rules or slider positions from one sort.
 * @throws RangeError when the rule's parameters are out of range or there is no finite score.
 */
export function computeThreshold(reference: ReferenceScores, rule: ThresholdRule): number {
  checkRule(rule);
  const sorted = sortScores(reference);
  if (sorted.values.length === 0) throw new RangeError('There is no reference score to set a threshold from.');
  switch (rule.kind) {
    case 'quantile':
      return quantileOf(sorted, rule.q);
    case 'meanStd': {
      const { mean, std } = meanAndStd(sorted.values);
      return mean + rule.k * std;
    }
    case 'pot':
      return potThreshold(sorted, rule.initialQuantile, rule.risk).threshold;
    case 'logMad':
      return logMadThreshold(sorted, rule.k);
  }
}

/**
 * Checks a rule read from a file or typed by the user and names what is wrong.
 * @throws RangeError when the kind is unknown or a parameter is out of range.
 */
export function checkRule(rule: ThresholdRule): ThresholdRule {
  const open = (x: number) => x > 0 && x < 1;
  switch (rule?.kind) {
    case 'quantile':
      if (!(rule.q >= 0 && rule.q <= 1)) throw new RangeError(`A quantile rule needs q in [0, 1], not ${rule.q}.`);
      return rule;
    case 'meanStd':
    case 'logMad':
      if (!Number.isFinite(rule.k)) throw new RangeError(`A ${rule.kind} rule needs a finite k, not ${rule.k}.`);
      return rule;
    case 'pot':
      if (!open(rule.initialQuantile) || !open(rule.risk) || rule.risk >= 1 - rule.initialQuantile) {
        throw new RangeError(`A POT rule needs 0 < risk < 1 - initialQuantile < 1, not risk ${rule.risk} and initial quantile ${rule.initialQuantile}.`);
      }
      return rule;
    default:
      throw new RangeError(`Unknown threshold rule ${JSON.stringify(rule)}.`);
  }
}

/** A short label for a rule, e.g. "99.9th percentile", "mean + 3σ", "POT, risk 1e-4". */
export function describeRule(rule: ThresholdRule): string {
  switch (rule.kind) {
    case 'quantile':
      return `${+(rule.q * 100).toPrecision(6)}th percentile`;
    case 'meanStd':
      return `mean + ${rule.k}σ`;
    case 'pot':
      return `POT over the ${+(rule.initialQuantile * 100).toPrecision(6)}th percentile, risk ${rule.risk.toExponential(0)}`;
    case 'logMad':
      return `median + ${rule.k}σ of log errors (robust)`;
  }
}

/** Mean and population standard deviation in two passes, for accuracy over half a million rows. */
function meanAndStd(values: Float64Array): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(squares / values.length) };
}

/**
 * The automatic threshold: log-MAD on the validation rows' normalised, smoothed scores (see
 * scoreProfile). The validation rows hold anomalies too (training is unsupervised), so a high
 * quantile, mean + kσ or POT land inside the anomalies' own tail; median and MAD ignore it. k by the
 * Node evaluate lab (src/lab, the same figures as `npm run evaluate`), composite F1 SMD / ASD and
 * generated event recall: k = 3.5 gave 0.59 / 0.42 and 0.98, k = 4 0.67 / 0.44 and 0.96, k = 4.5
 * 0.73 / 0.41 and 0.94; SMD keeps rising to k = 6 (0.82) while ASD and generated fall: no k suits all.
 */
export const DEFAULT_LOG_MAD_K = 4;
export const DEFAULT_THRESHOLD_RULE: ThresholdRule = { kind: 'logMad', k: DEFAULT_LOG_MAD_K };

/** How readily the detector raises alarms; medium is the automatic threshold. */
export type Sensitivity = 'low' | 'medium' | 'high';

/**
 * The sensitivity control's rules: medium is the automatic threshold; low and high move the same
 * robust rule two robust σ (of the log scores) stricter or one and a half looser.
 */
export const SENSITIVITY_RULES: Readonly<Record<Sensitivity, ThresholdRule>> = {
  low: { kind: 'logMad', k: DEFAULT_LOG_MAD_K + 2 },
  medium: { kind: 'logMad', k: DEFAULT_LOG_MAD_K },
  high: { kind: 'logMad', k: DEFAULT_LOG_MAD_K - 1.5 },
};
