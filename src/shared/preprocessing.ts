/** How a dataset's rows become the model's input rows (issue 4): saved with the model, like the original tool's scaler.pkl. */

/** Format of the saved Preprocessing record; bump it when a field changes meaning. */
export const PREPROCESSING_VERSION = 1;

/** Context columns per input row: sin and cos of the time of day, then of the day of week. */
export const CONTEXT_WIDTH = 4;

/**
 * Everything needed to turn rows of any dataset into model input exactly as in training.
 * Plain JSON (numbers, strings, booleans, arrays), so it survives IndexedDB and JSON files.
 */
export interface Preprocessing {
  version: typeof PREPROCESSING_VERSION;
  /** Metric column keys the model reads, in input order. */
  features: string[];
  /** Min-max scaler fitted on the training rows: `(v - min[f]) / (max[f] - min[f])`; max > min always. */
  min: number[];
  max: number[];
  /** Time of day and day of week (UTC) as sin/cos pairs after the metric values. */
  context: boolean;
  /** Steps the model sees per input row (the row and the k - 1 before it); 1 = no window. */
  window: number;
  /**
   * One more value after the metrics: the share of metrics exactly unchanged since the previous
   * row, which makes frozen values (a stuck agent repeating itself) stand out. Absent in models
   * saved before it existed, which means off.
   */
  stillness?: boolean;
  /** Values per input row: features.length * window + (stillness ? 1 : 0) + (context ? CONTEXT_WIDTH : 0). */
  inputWidth: number;
  /**
   * What is usual at each time of day or week, subtracted from each value before scaling, so the
   * model reads how far a value is from its usual level at that hour (a nightly job is usual at
   * night, daytime load at 3 a.m. is not). Absent or null: values are read as they are.
   */
  seasonal?: SeasonalMedians | null;
  /**
   * How reconstruction errors become one score (issue 12), fitted on the training rows after
   * training. Absent in models saved before it existed: those score by plain mean squared error.
   */
  scoring?: ScoreProfile;
}

/**
 * Each contribution group's typical reconstruction error on the training rows (the metrics, then
 * the unchanged-metrics value and the time columns when present), so a score says how many times
 * its usual error each group is off, and a noisy metric cannot drown a quiet one.
 */
export interface ScoreProfile {
  /** Per group, the median training error, floored so a metric constant in training cannot explode. */
  scales: number[];
  /**
   * Typical error per group and time slot of a day or week, for recurring patterns (a nightly job
   * is normal at its hour); null when training spans too few periods to tell.
   */
  seasonal: SeasonalScales | null;
  /** Scored rows the causal moving mean of the score spans (1 = no smoothing). */
  smoothRows: number;
  /**
   * 'absolute': a group's error is the root of its squared error over its scale, so how many times its
   * usual absolute error it is off; 'squared' (profiles saved before 'absolute' existed): the ratio itself.
   */
  errorUnit: 'absolute' | 'squared';
  /**
   * The day-range rule (core/detection/rangeRule): a metric beyond its ranges of the days back named here raises an
   * alarm by itself. Absent in profiles saved before it existed, which score without it.
   */
  rangeRule?: RangeRuleSpec;
}

/** The day-range rule's settings (see core/detection/rangeRule). */
export interface RangeRuleSpec {
  /** Days back whose ranges a value is held against; a value inside any of them is usual (a weekly job). */
  lagsDays: number[];
  /** The smallest margin, as a share of the metric's training range. */
  floorShare: number;
  /** Per metric, a larger smallest margin in its own unit, learned from rows marked "not an anomaly"; absent without feedback. */
  floors?: number[];
}

/** Per feature, its median training value in each slot of a repeating period. */
export interface SeasonalMedians {
  periodMs: number;
  slotMs: number;
  /** Per feature, one median per slot; null for a feature without a recurring pattern (read as it is). */
  medians: (number[] | null)[];
}

/** Per group, the median training error in each slot of a repeating period. */
export interface SeasonalScales {
  periodMs: number;
  slotMs: number;
  /** groups × (periodMs / slotMs) values, row-major by group. */
  scales: number[];
}

/** What the user chooses before training; every field has a default (see core/preprocess/options.ts). */
export interface PreprocessOptions {
  /** Metric column keys to use, in this order; default all columns. */
  features?: string[];
  /** Add time-of-day and day-of-week features; default on when the dataset has real timestamps. */
  context?: boolean;
  /** Add the share of metrics unchanged since the previous row (see Preprocessing.stillness). */
  stillness?: boolean;
  /** Subtract each metric's usual value at its time of day or week (see Preprocessing.seasonal); default on when the dataset has real timestamps. */
  seasonal?: boolean;
  /** Sliding window length k; default 1 (no window). */
  window?: number;
  /** Share of usable rows held out for validation, in [0, 1); default 0.2. */
  validationSplit?: number;
  /** Validation rows are the chronologically last ones (default true); false draws them at random. */
  chronological?: boolean;
  /** Seed of the random split when `chronological` is false. */
  seed?: number;
  /** Leave rows labelled as anomalies out of training and validation; default false (unsupervised). */
  excludeLabelled?: boolean;
}

/** Values per input row for a feature count, window, context and stillness setting. */
export function inputWidth(featureCount: number, window: number, context: boolean, stillness = false): number {
  return featureCount * window + (stillness ? 1 : 0) + (context ? CONTEXT_WIDTH : 0);
}
