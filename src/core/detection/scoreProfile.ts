import type { Preprocessing, ScoreProfile, SeasonalScales } from '../../shared/preprocessing';
import { medianOf } from '../median';
import { MIN_SLOT_SAMPLES, seasonFor, slotCount, slotOf, timeSpan, type Season } from '../seasons';
import { addGroupErrors, contributionGroups } from './contributions';
import { recurringPeakFactors } from './recurringPeaks';

/**
 * Least scale of a group, as a share of the median metric's scale: a metric that never moved in
 * training has a near-zero error there, and dividing by it would let any later wobble explode.
 */
export const SCALE_FLOOR_SHARE = 0.1;
/**
 * Rows a smoothed score looks back over, window included: one odd row is noise, a few in a row are a pattern.
 * 5 beat 3 without a window (src/lab evaluate: best F1 SMD machine-2-1 0.37 → 0.41, ASD 0.39 → 0.41, generated level).
 */
export const SCORE_SPAN_ROWS = 5;

/**
 * Yesterday and the same day last week, the two periods servers repeat: a value inside either day's range is usual.
 * By the src/lab evaluate (LAB_NO_RANGE=1 for without): generated Disk Fill event recall 0.857 → 1.000; with yesterday
 * alone, Sunday's weekly backup was an alarm every week (point precision 0.943 → 0.69).
 */
export const DEFAULT_RANGE_RULE = { lagsDays: [1, 7], floorShare: SCALE_FLOOR_SHARE };

/** The causal mean's length for a model that reads `window` rows at once: together they span SCORE_SPAN_ROWS. */
export function smoothRowsFor(window: number): number {
  return Math.max(1, SCORE_SPAN_ROWS - (Math.max(1, window) - 1));
}

/** Rows × groups squared errors and the time of each row. */
export interface ErrorRows {
  errors: Float32Array;
  timestamps: ArrayLike<number>;
}

/** What a profile is fitted for: its groups (the first `metricGroups` the user's metrics), the model's window and the data's interval. */
export interface ProfileShape {
  groups: number;
  metricGroups: number;
  window: number;
  intervalMs: number;
}

/**
 * Fits the score profile on training rows: each group's median error, or its median on the held-out
 * rows when that is larger (floored at SCALE_FLOOR_SHARE of the median metric's, and above 0), and when
 * the rows span enough days or weeks, each group's median training error per slot of that period (never
 * below the group's overall scale, raised where held-out errors usually peak: recurringPeakFactors); scores
 * in multiples of the usual absolute error when there are several metrics, of the usual squared error for one alone.
 * @param trained errors of training rows (see groupErrorsOfRows)
 * @param held errors of consecutive rows the model did not learn from (its validation rows), if any
 */
export function fitScoreProfile(trained: ErrorRows, shape: ProfileShape, held?: ErrorRows): ScoreProfile {
  const { groups, metricGroups } = shape;
  const groupErrors = trained.errors;
  const timestamps = trained.timestamps;
  const rows = timestamps.length;
  if (groupErrors.length !== rows * groups) throw new RangeError(`${groupErrors.length} errors do not make ${rows} rows × ${groups} groups.`);
  // A model fits its own training rows better than new ones; the larger held-out error is what new data will show
  // (a metric that drifts past its training range, generated disk, is usual there, not an alarm every row).
  const fitted = groupMedians(groupErrors, groups);
  const heldMedians = held && held.errors.length >= groups ? groupMedians(held.errors, groups) : null;
  const medians = heldMedians ? fitted.map((m, g) => (heldMedians[g] > m ? heldMedians[g] : m)) : fitted;
  const typical = medianOf(medians.slice(0, metricGroups));
  const floor = Math.max(Number.isFinite(typical) ? SCALE_FLOOR_SHARE * typical : 0, Number.MIN_VALUE);
  const scales = medians.map((m) => (Number.isFinite(m) ? Math.max(m, floor) : floor));
  const period = rows > 0 ? seasonFor(timeSpan(timestamps), shape.intervalMs) : null;
  // Roots let a shift of many metrics outweigh one metric's outlier; one metric alone has none to outweigh, and its
  // squared ratio keeps it well above its context inputs (a level shift of one CloudWatch metric stays an alarm).
  const errorUnit = metricGroups > 1 ? 'absolute' : 'squared';
  const peaks = period && held && held.timestamps.length > 0 ? recurringPeakFactors(held.errors, groups, held.timestamps, period) : null;
  return { scales, seasonal: period && seasonalScales(groupErrors, groups, timestamps, scales, period, peaks), smoothRows: smoothRowsFor(shape.window), errorUnit, rangeRule: DEFAULT_RANGE_RULE };
}

/** Each group's median over the rows of a rows × groups matrix (NaN for a group without a finite value). */
function groupMedians(groupErrors: Float32Array, groups: number): number[] {
  const rows = Math.floor(groupErrors.length / groups);
  const column = new Float64Array(rows);
  return Array.from({ length: groups }, (_, g) => {
    for (let r = 0; r < rows; r++) column[r] = groupErrors[r * groups + g]; // a loop: a callback per value cost more than the median
    return medianOf(column);
  });
}

function seasonalScales(groupErrors: Float32Array, groups: number, timestamps: ArrayLike<number>, scales: number[], season: Season, peaks: Float64Array | null): SeasonalScales {
  const slots = slotCount(season);
  const members: number[][] = Array.from({ length: slots }, () => []);
  for (let r = 0; r < timestamps.length; r++) members[slotOf(timestamps[r], season)].push(r);
  const out = new Array<number>(groups * slots);
  for (let g = 0; g < groups; g++) {
    for (let s = 0; s < slots; s++) {
      const rows = members[s];
      const median = rows.length >= MIN_SLOT_SAMPLES ? medianOf(rows.map((r) => groupErrors[r * groups + g])) : Number.NaN;
      const peak = peaks ? scales[g] * peaks[g * slots + s] : scales[g];
      out[g * slots + s] = Number.isFinite(median) ? Math.max(peak, median) : peak;
    }
  }
  return { ...season, scales: out };
}

/** One batch of rows scored: each row's score and its user metrics' normalised errors. */
export interface NormalisedErrors {
  /** Per row, before smoothing: the mean over groups of error / scale (plain mean squared error without a profile). */
  scores: Float32Array;
  /** rows × metrics: each metric's error over its scale (its squared error without a profile), for explanations. */
  metricErrors: Float32Array;
}

/**
 * Scores rows from their per-input squared errors (row-major, rows × inputWidth, as ml/score gives
 * them): with the model's score profile, each group's error over its usual error at that time of
 * day or week, averaged over the groups; without one (a model saved before profiles existed), the
 * plain mean squared error, as those models were scored.
 * @param timestamps the time of each row
 */
export function normaliseErrors(featureErrors: Float32Array, timestamps: ArrayLike<number>, layout: Preprocessing): NormalisedErrors {
  const rows = timestamps.length;
  const groups = contributionGroups(layout).length;
  const metrics = layout.features.length;
  const width = layout.inputWidth;
  if (featureErrors.length !== rows * width) throw new RangeError(`${featureErrors.length} feature errors do not make ${rows} rows of ${width}.`);
  const profile = layout.scoring;
  const scores = new Float32Array(rows);
  const metricErrors = new Float32Array(rows * metrics);
  const sums = new Float64Array(groups);
  const seasonal = profile?.seasonal ?? null;
  const slots = seasonal ? slotCount(seasonal) : 0;
  const absolute = profile?.errorUnit === 'absolute';
  for (let r = 0; r < rows; r++) {
    sums.fill(0);
    const total = addGroupErrors(featureErrors, r, layout, sums);
    if (!profile) {
      scores[r] = total / width;
      for (let f = 0; f < metrics; f++) metricErrors[r * metrics + f] = sums[f];
      continue;
    }
    const slot = seasonal ? slotOf(timestamps[r], seasonal) : 0;
    let score = 0;
    for (let g = 0; g < groups; g++) {
      const scale = seasonal ? seasonal.scales[g * slots + slot] : profile.scales[g];
      const normalised = absolute ? Math.sqrt(sums[g] / scale) : sums[g] / scale;
      score += normalised;
      if (g < metrics) metricErrors[r * metrics + g] = normalised;
    }
    scores[r] = score / groups;
  }
  return { scores, metricErrors };
}

/**
 * A causal moving mean over the last `span` finite scores: a NaN (unscored) row stays NaN and is
 * not counted. Causal, so a stream fed row by row gets exactly the scores of the whole dataset.
 */
export class CausalMean {
  private readonly ring: Float64Array;
  private count = 0;
  private next = 0;

  constructor(span: number) {
    this.ring = new Float64Array(Math.max(1, Math.floor(span)));
  }

  /** The smoothed score of the next row. */
  push(score: number): number {
    if (Number.isNaN(score)) return Number.NaN;
    this.ring[this.next] = score;
    this.next = (this.next + 1) % this.ring.length;
    this.count = Math.min(this.count + 1, this.ring.length);
    let sum = 0;
    for (let i = 0; i < this.count; i++) sum += this.ring[i];
    return sum / this.count;
  }
}

/** `scores` (one per dataset row, NaN where unscored) smoothed by a CausalMean of `span` rows, in a new array. */
export function smoothScores(scores: Float32Array, span: number): Float32Array {
  const mean = new CausalMean(span);
  return scores.map((score) => mean.push(score));
}

/** The span a layout's scores are smoothed over: its profile's, or 1 (none) for a model without one. */
export function smoothRowsOf(layout: Pick<Preprocessing, 'scoring'>): number {
  return layout.scoring?.smoothRows ?? 1;
}

/**
 * What the model expected of each user metric at each scored row, in the metric's own unit: the
 * reconstruction of the row's newest window step, undone from the scaler (actual − difference × range).
 * @param differences rows × inputWidth input-minus-reconstruction values (ml/score with differences kept)
 * @param scoredRows the dataset row of each of those rows
 * @param columns the dataset's values of each feature, in layout order
 */
export function expectedValues(differences: Float32Array, scoredRows: ArrayLike<number>, columns: readonly Float32Array[], layout: Preprocessing): Float32Array {
  const metrics = layout.features.length;
  const newest = (layout.window - 1) * metrics;
  const out = new Float32Array(scoredRows.length * metrics);
  for (let i = 0; i < scoredRows.length; i++) {
    const base = i * layout.inputWidth + newest;
    for (let f = 0; f < metrics; f++) {
      out[i * metrics + f] = columns[f][scoredRows[i]] - differences[base + f] * (layout.max[f] - layout.min[f]);
    }
  }
  return out;
}
