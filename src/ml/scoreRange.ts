import type * as tf from '@tensorflow/tfjs';
import { pcaBaselineScores } from '../core/baselines/baselineProfile';
import { expectedValues, normaliseErrors, type NormalisedErrors } from '../core/detection/scoreProfile';
import { buildMatrix, featureColumns, rowTimes } from '../core/preprocess/matrix';
import type { BaselineProfile } from '../shared/baselines';
import type { Dataset } from '../shared/dataset';
import type { Preprocessing } from '../shared/preprocessing';
import type { BackendName, StoredArtifacts } from '../shared/training';
import { chooseBackend } from './backends';
import { fromArtifacts } from './modelArtifacts';
import { forEachDifference } from './score';
import { createYielder } from '../core/yieldToEventLoop';

/** Rows put through the model at once; a range given to a helper starts on a multiple of it, so its batches are the one-thread run's. */
export const SCORE_BATCH = 8192;

/** Scored rows of a range of a dataset: scores before smoothing, normalised errors and expected values of its user metrics. */
export interface RangeScores extends NormalisedErrors {
  expected: Float32Array;
  /** The dataset row of each scored row, ascending (rows whose window holds a gap or a non-finite value are not scored). */
  scoredRows: Uint32Array;
}

/** A second worker's share of a scoring: rows [from, to) through the model, and the PCA baseline of every row. */
export interface RangeJob {
  dataset: Dataset;
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  /** The backend the first worker scores on: the helper declines (rejects) when it would score on another. */
  backend: BackendName;
  from: number;
  to: number;
  baselines: BaselineProfile | null;
}

export interface RangeResult extends RangeScores {
  /** PCA's smoothed score of every dataset row, or null without baselines. */
  pca: Float32Array | null;
}

/**
 * Scores a RangeJob in another worker: rejects on any failure (the caller then scores the range itself). `onProgress`
 * gets the rows of the range done so far.
 */
export type ScoreHelper = (job: RangeJob, onProgress: (rows: number) => void) => Promise<RangeResult>;

/** The first `length` values of `array`: itself when that is all of it, else a copy the size of the part. */
function trimmed<T extends Float32Array | Uint32Array>(array: T, length: number): T {
  return (array.length === length ? array : array.slice(0, length)) as T;
}

/**
 * Scores dataset rows [from, to) with a model: the model's input is built a batch of rows at a time, so neither it
 * (100 MB for 6 months) nor the squared errors or differences of every row sit in memory. `onProgress` gets the
 * rows of the range done after each batch.
 */
export async function scoreRange(model: tf.LayersModel, dataset: Dataset, preprocessing: Preprocessing, from: number, to: number, onProgress?: (rows: number) => void): Promise<RangeScores> {
  const rowCount = Math.max(0, to - from);
  const width = preprocessing.inputWidth;
  const metrics = preprocessing.features.length;
  const columns = featureColumns(dataset, preprocessing.features) as Float32Array[]; // buildMatrix threw if one were missing
  const scoredRows = new Uint32Array(rowCount);
  const scores = new Float32Array(rowCount);
  const metricErrors = new Float32Array(rowCount * metrics);
  const expected = new Float32Array(rowCount * metrics);
  const squared = new Float32Array(Math.min(SCORE_BATCH, rowCount) * width);
  const batchRows = new Uint32Array(Math.min(SCORE_BATCH, rowCount));
  let scored = 0;
  // A task boundary per batch: a worker starts a nested one (the helper) and hears from it only between tasks.
  const yielder = createYielder();
  try {
    for (let first = from; first < to; first += SCORE_BATCH) {
      const count = Math.min(SCORE_BATCH, to - first);
      for (let i = 0; i < count; i++) batchRows[i] = first + i;
      const input = buildMatrix(dataset, preprocessing, batchRows.subarray(0, count));
      const times = rowTimes(dataset.timestamps, input.rows);
      await forEachDifference(model, input.matrix, SCORE_BATCH, (differences, start, n) => {
        for (let k = 0; k < n * width; k++) squared[k] = differences[k] * differences[k];
        const at = scored + start;
        const part = normaliseErrors(squared.subarray(0, n * width), times.subarray(start, start + n), preprocessing);
        scores.set(part.scores, at);
        metricErrors.set(part.metricErrors, at * metrics);
        expected.set(expectedValues(differences, input.rows.subarray(start, start + n), columns, preprocessing), at * metrics);
      });
      scoredRows.set(input.rows, scored);
      scored += input.rows.length;
      onProgress?.(first + count - from);
      await yielder.yieldNow();
    }
  } finally {
    yielder.close();
  }
  return {
    scores: trimmed(scores, scored),
    metricErrors: trimmed(metricErrors, scored * metrics),
    expected: trimmed(expected, scored * metrics),
    scoredRows: trimmed(scoredRows, scored),
  };
}

/** Runs a RangeJob here: what a score helper's worker runs, and a helper in this thread for tests. */
export async function runRangeJob(job: RangeJob, onProgress?: (rows: number) => void): Promise<RangeResult> {
  const chosen = await chooseBackend(job.backend);
  if (chosen !== job.backend) throw new Error(`The helper would score on ${chosen}, not ${job.backend}.`);
  const model = await fromArtifacts(job.artifacts);
  try {
    const rows = await scoreRange(model, job.dataset, job.preprocessing, job.from, job.to, onProgress);
    return { ...rows, pca: job.baselines && pcaBaselineScores(job.dataset, job.preprocessing, job.baselines) };
  } finally {
    model.dispose();
  }
}

/** A score helper in this thread (tests, the Node lab): the same arithmetic, interleaved with the first worker's. */
export const inThreadScoreHelper: ScoreHelper = (job, onProgress) => runRangeJob(job, onProgress);
