import type { Dataset } from '../../shared/dataset';
import type { NotAnomalyMark } from '../../shared/feedback';
import type { Matrix } from '../../shared/model';
import type { Preprocessing } from '../../shared/preprocessing';
import type { PreparedData } from '../preprocess/fit';
import { buildMatrix, featureColumns } from '../preprocess/matrix';
import { feedbackFloors, rangeFloors } from '../detection/rangeRule';
import { fitScaler } from '../preprocess/scaler';
import { lowerBound } from '../sortedSearch';

/**
 * Times a marked row is shown to the model per epoch. Once, a five-row incident among months of
 * rows would barely move the weights; the user said outright that it is normal.
 */
export const FEEDBACK_REPEATS = 20;
/** Most of an epoch the repeated rows may fill, so feedback cannot crowd out the ordinary rows. */
export const MAX_FEEDBACK_SHARE = 0.25;

/** Dataset rows whose time lies in one of the marks (start and end inclusive), ascending, each once. */
export function rowsInMarks(timestamps: Float64Array, marks: readonly Pick<NotAnomalyMark, 'start' | 'end'>[]): Uint32Array {
  const inside = new Uint8Array(timestamps.length);
  for (const mark of marks) {
    for (let r = lowerBound(timestamps, mark.start); r < timestamps.length && timestamps[r] <= mark.end; r++) inside[r] = 1;
  }
  const rows: number[] = [];
  for (let r = 0; r < inside.length; r++) if (inside[r]) rows.push(r);
  return Uint32Array.from(rows);
}

/** The prepared data with feedback, and the matrix to fit on (training rows with the marked ones repeated). */
export interface FeedbackData {
  prepared: PreparedData;
  fit: Matrix;
  /** Marked rows that joined training (usable rows only: not filled in, finite, a whole window). */
  feedbackRows: number;
}

/**
 * Adds the rows the user marked "not an anomaly" to the training rows: they leave the validation
 * rows (so the threshold is not set from them), the scaler is fitted again over the training rows
 * with them (a marked spike beyond the old range stays reachable), and the model fits them
 * FEEDBACK_REPEATS times per epoch (at most MAX_FEEDBACK_SHARE of it). Only rows the split could use
 * join; seasonal medians stay as fitted. Without usable marked rows the data is unchanged.
 */
export function withFeedbackRows(dataset: Dataset, prepared: PreparedData, marks: readonly Pick<NotAnomalyMark, 'start' | 'end'>[]): FeedbackData {
  if (marks.length === 0) return { prepared, fit: prepared.train.matrix, feedbackRows: 0 };
  const marked = rowsInMarks(dataset.timestamps, marks);
  const isMarked = new Uint8Array(dataset.timestamps.length);
  for (const r of marked) isMarked[r] = 1;
  const usable = [...prepared.train.rows, ...prepared.validation.rows].filter((r) => isMarked[r] === 1);
  if (usable.length === 0) return { prepared, fit: prepared.train.matrix, feedbackRows: 0 };
  const trainRows = Uint32Array.from(new Set([...prepared.train.rows, ...usable])).sort();
  const validationRows = prepared.validation.rows.filter((r) => isMarked[r] === 0);
  const base = prepared.preprocessing;
  const { min, max } = fitScaler(dataset, base.features, trainRows, base.seasonal ?? null);
  const preprocessing = { ...base, min, max };
  const train = buildMatrix(dataset, preprocessing, trainRows);
  const validation = buildMatrix(dataset, preprocessing, validationRows);
  const repeats = Math.max(1, Math.min(FEEDBACK_REPEATS, Math.floor((MAX_FEEDBACK_SHARE * trainRows.length) / usable.length)));
  const extra = buildMatrix(dataset, preprocessing, usable);
  const fit = repeatedRows(train.matrix, extra.matrix, repeats - 1);
  return { prepared: { ...prepared, preprocessing, train, validation }, fit, feedbackRows: usable.length };
}

/** `base` followed by `times` copies of `extra`'s rows. */
function repeatedRows(base: Matrix, extra: Matrix, times: number): Matrix {
  if (times <= 0 || extra.rows === 0) return base;
  const values = new Float32Array(base.values.length + times * extra.values.length);
  values.set(base.values);
  for (let t = 0; t < times; t++) values.set(extra.values, base.values.length + t * extra.values.length);
  return { values, rows: base.rows + times * extra.rows, cols: base.cols };
}

/**
 * The preprocessing with the day-range rule's margins widened so the marked rows raise no alarm of it (see
 * feedbackFloors): what "not an anomaly" teaches the rule, as training on those rows teaches the model.
 */
export function withFeedbackMargins(dataset: Dataset, preprocessing: Preprocessing, marks: readonly Pick<NotAnomalyMark, 'start' | 'end'>[]): Preprocessing {
  const rule = preprocessing.scoring?.rangeRule;
  if (!rule || marks.length === 0) return preprocessing;
  const marked = new Uint8Array(dataset.timestamps.length);
  for (const r of rowsInMarks(dataset.timestamps, marks)) marked[r] = 1;
  const columns = featureColumns(dataset, preprocessing.features) as Float32Array[];
  const base = rangeFloors(rule, preprocessing.min, preprocessing.max);
  const floors = feedbackFloors(dataset.timestamps, columns, rule, base, marked);
  return { ...preprocessing, scoring: { ...preprocessing.scoring!, rangeRule: { ...rule, floors } } };
}
