import { CONTEXT_WIDTH, type Preprocessing } from '../../shared/preprocessing';

/** Name of the group that holds the time-of-day and day-of-week columns. */
export const TIME_GROUP = 'time of day/week';

/** The part of the preprocessing that fixes the input row layout. */
export type InputLayout = Pick<Preprocessing, 'features' | 'window' | 'context'>;

/** One row's squared error split into groups: each metric over all window steps, then (with context) the time columns. */
export interface RowContribution {
  /** Sum of the row's squared errors over every input column (the score is total / inputWidth). */
  total: number;
  /** Per group, in `contributionGroups` order; they sum to 1, or are all 0 when total is 0. */
  shares: Float64Array;
}

/** The group names per-feature errors sum into: the metric keys in input order, then TIME_GROUP with context. */
export function contributionGroups(layout: InputLayout): string[] {
  return layout.context ? [...layout.features, TIME_GROUP] : [...layout.features];
}

/**
 * Adds the squared errors of matrix row `row` of `featureErrors` (row-major, rows × inputWidth, as
 * ml/score returns them) into `into`, one sum per group of `contributionGroups`. Adding rather than
 * writing lets an incident sum its rows in one buffer.
 * @returns the row's total squared error.
 */
export function addGroupErrors(featureErrors: Float32Array, row: number, layout: InputLayout, into: Float64Array): number {
  const { features, window, context } = layout;
  const featureCount = features.length;
  const width = featureCount * window + (context ? CONTEXT_WIDTH : 0);
  const base = row * width;
  let total = 0;
  for (let s = 0; s < window; s++) {
    const at = base + s * featureCount;
    for (let f = 0; f < featureCount; f++) {
      const e = featureErrors[at + f];
      into[f] += e;
      total += e;
    }
  }
  if (context) {
    let time = 0;
    for (let c = base + featureCount * window; c < base + width; c++) time += featureErrors[c];
    into[featureCount] += time;
    total += time;
  }
  return total;
}

/** One row's total squared error and each group's share of it. */
export function rowContribution(featureErrors: Float32Array, row: number, layout: InputLayout): RowContribution {
  const shares = new Float64Array(contributionGroups(layout).length);
  const total = addGroupErrors(featureErrors, row, layout, shares);
  toShares(shares);
  return { total, shares };
}

/**
 * Every row's group sums of squared errors, written row-major (rows × groups) into `out`, which
 * must hold rows × contributionGroups(layout).length values; a row's shares are its sums over their
 * total. Sums rather than shares, so incidents can add rows up.
 * @throws RangeError when `out` or `featureErrors` has the wrong length.
 */
export function groupErrorsOfRows(featureErrors: Float32Array, layout: InputLayout, out: Float32Array): Float32Array {
  const groups = contributionGroups(layout).length;
  const width = layout.features.length * layout.window + (layout.context ? CONTEXT_WIDTH : 0);
  const rows = featureErrors.length / width;
  if (!Number.isInteger(rows)) throw new RangeError(`${featureErrors.length} feature errors do not make rows of ${width}.`);
  if (out.length !== rows * groups) throw new RangeError(`The output holds ${out.length} values, not ${rows} rows × ${groups} groups.`);
  const sums = new Float64Array(groups);
  for (let r = 0; r < rows; r++) {
    sums.fill(0);
    addGroupErrors(featureErrors, r, layout, sums);
    out.set(sums, r * groups);
  }
  return out;
}

/** Divides sums by their total in place (all 0 when the total is not positive). */
export function toShares(sums: Float64Array): Float64Array {
  let total = 0;
  for (let g = 0; g < sums.length; g++) total += sums[g];
  for (let g = 0; g < sums.length; g++) sums[g] = total > 0 ? sums[g] / total : 0;
  return sums;
}
