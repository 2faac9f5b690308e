import { sortedMedian } from '../median';
import { sortScores, type ReferenceScores } from './sortedScores';

/** MAD × this estimates σ for normally distributed values. */
const MAD_TO_SIGMA = 1.4826;

/**
 * exp(median + k·σ̂) of the log scores, σ̂ = 1.4826·MAD: a z-score on the log scale with median and
 * MAD, which anomalies in the reference cannot drag up as they drag a mean, σ or high quantile
 * (up to half the reference may be anomalous). Reconstruction errors are skewed and near
 * log-normal in their bulk, hence the log. Scores ≤ 0 count as the lowest scores.
 * @throws RangeError when there is no finite score or k is not finite.
 */
export function logMadThreshold(reference: ReferenceScores, k: number): number {
  if (!Number.isFinite(k)) throw new RangeError(`A log-MAD rule needs a finite k, not ${k}.`);
  const { values } = sortScores(reference);
  const n = values.length;
  if (n === 0) throw new RangeError('There is no reference score to set a threshold from.');
  const logs = values.map((v) => (v > 0 ? Math.log(v) : -Infinity));
  const centre = sortedMedian(logs);
  if (!Number.isFinite(centre)) return 0; // most scores are 0: any positive score stands out
  const deviations = logs.map((x) => Math.abs(x - centre)).sort();
  return Math.exp(centre + k * MAD_TO_SIGMA * sortedMedian(deviations));
}
