import { fitGpd, SHAPE_EPSILON, type GpdFit } from './gpd';
import { quantileOf, sortScores, type ReferenceScores } from './sortedScores';

/** Fewer excesses than this cannot pin down a GPD's shape: the tail is taken as exponential instead. */
export const MIN_EXCESSES_FOR_SHAPE = 30;

/** How a POT threshold came about, for a tooltip and for tests. */
export interface PotResult {
  threshold: number;
  /** The initial threshold t: the initial quantile of the reference. */
  initial: number;
  /** Reference scores above t. */
  excesses: number;
  /** 'gpd' fitted tail; 'exponential' too few excesses for a shape; 'empirical' the risk is not beyond t, or nothing lies above t. */
  method: 'gpd' | 'exponential' | 'empirical';
  fit: GpdFit | null;
}

/**
 * Peaks-Over-Threshold (SPOT, Siffer et al. KDD 2017): fits a generalised Pareto distribution to the
 * excesses over the `initialQuantile` of the reference scores and returns the score exceeded with
 * probability `risk`: z = t + σ/ξ·((risk·n/Nt)^(-ξ) - 1), or t - σ·log(risk·n/Nt) when ξ ≈ 0.
 * Degenerate cases: a risk at least the share above t is read from the data itself; nothing above t
 * (constant scores) gives t; fewer than MIN_EXCESSES_FOR_SHAPE excesses fit an exponential tail.
 * @throws RangeError when initialQuantile or risk lies outside (0, 1), or there is no finite score.
 */
export function potThreshold(reference: ReferenceScores, initialQuantile: number, risk: number): PotResult {
  if (!(initialQuantile > 0 && initialQuantile < 1)) throw new RangeError(`The initial quantile must lie in (0, 1), not ${initialQuantile}.`);
  if (!(risk > 0 && risk < 1)) throw new RangeError(`The risk must lie in (0, 1), not ${risk}.`);
  const sorted = sortScores(reference);
  const { values } = sorted;
  const n = values.length;
  if (n === 0) throw new RangeError('There is no reference score to fit a tail to.');
  const initial = quantileOf(sorted, initialQuantile);
  const excesses = excessesOver(values, initial);
  const count = excesses.length;
  if (count === 0) return { threshold: initial, initial, excesses: 0, method: 'empirical', fit: null };
  const tailShare = count / n;
  if (risk >= tailShare) return { threshold: quantileOf(sorted, 1 - risk), initial, excesses: count, method: 'empirical', fit: null };
  const fit = count < MIN_EXCESSES_FOR_SHAPE ? exponentialFit(excesses) : fitGpd(excesses);
  const method = count < MIN_EXCESSES_FOR_SHAPE ? 'exponential' : 'gpd';
  return { threshold: initial + tailQuantile(fit, risk / tailShare), initial, excesses: count, method, fit };
}

/** The excess y with P(Y > y) = p under the fitted GPD. */
export function tailQuantile({ shape, scale }: Pick<GpdFit, 'shape' | 'scale'>, p: number): number {
  if (Math.abs(shape) < SHAPE_EPSILON) return -scale * Math.log(p);
  return (scale / shape) * (p ** -shape - 1);
}

/** The scores above t minus t, ascending like the input. */
function excessesOver(values: Float64Array, t: number): Float64Array {
  let first = values.length;
  while (first > 0 && values[first - 1] > t) first--;
  return values.subarray(first).map((v) => v - t);
}

/** Maximum-likelihood exponential tail: σ = mean excess. */
function exponentialFit(excesses: Float64Array): GpdFit {
  let sum = 0;
  for (let i = 0; i < excesses.length; i++) sum += excesses[i];
  const scale = sum / excesses.length;
  return { shape: 0, scale, logLikelihood: -excesses.length * (Math.log(scale) + 1) };
}
