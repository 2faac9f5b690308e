import { inputWidth, type Preprocessing } from '../../shared/preprocessing';

/** Name of the group that holds the time-of-day and day-of-week columns. */
export const TIME_GROUP = 'time of day/week';
/** Name of the group of the unchanged-metrics share (see Preprocessing.stillness). */
export const STILL_GROUP = 'unchanged metrics';

/** The part of the preprocessing that fixes the input row layout. */
export type InputLayout = Pick<Preprocessing, 'features' | 'window' | 'context' | 'stillness'>;

/** Values per input row of a layout. */
function layoutWidth(layout: InputLayout): number {
  return inputWidth(layout.features.length, layout.window, layout.context, layout.stillness === true);
}

/** The group names per-feature errors sum into: the metric keys in input order, then STILL_GROUP and TIME_GROUP when present. */
export function contributionGroups(layout: InputLayout): string[] {
  return [...layout.features, ...(layout.stillness === true ? [STILL_GROUP] : []), ...(layout.context ? [TIME_GROUP] : [])];
}

/**
 * Adds the squared errors of matrix row `row` of `featureErrors` (row-major, rows × inputWidth, as
 * ml/score returns them) into `into`, one sum per group of `contributionGroups`. Adding rather than
 * writing lets an incident sum its rows in one buffer.
 * @returns the row's total squared error.
 */
export function addGroupErrors(featureErrors: Float32Array, row: number, layout: InputLayout, into: Float64Array): number {
  const { features, window, context } = layout;
  const still = layout.stillness === true;
  const featureCount = features.length;
  const width = layoutWidth(layout);
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
  let group = featureCount;
  let column = base + featureCount * window;
  if (still) {
    const e = featureErrors[column++];
    into[group++] += e;
    total += e;
  }
  if (context) {
    let time = 0;
    for (; column < base + width; column++) time += featureErrors[column];
    into[group] += time;
    total += time;
  }
  return total;
}

/**
 * Every row's group sums of squared errors, written row-major (rows × groups) into `out`, which
 * must hold rows × contributionGroups(layout).length values; a row's shares are its sums over their
 * total. Sums rather than shares, so incidents can add rows up.
 * @throws RangeError when `out` or `featureErrors` has the wrong length.
 */
export function groupErrorsOfRows(featureErrors: Float32Array, layout: InputLayout, out: Float32Array): Float32Array {
  const groups = contributionGroups(layout).length;
  const width = layoutWidth(layout);
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
