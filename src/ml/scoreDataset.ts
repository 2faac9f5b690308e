import type * as tf from '@tensorflow/tfjs';
import { buildMatrix, featureColumns, rowTimes, scoredRowIndex } from '../core/preprocess/matrix';
import type { Preprocessing } from '../shared/preprocessing';
import type { Dataset } from '../shared/dataset';
import { scoreBaselines } from '../core/baselines/baselineProfile';
import { errorHistogram } from '../core/errorHistogram';
import { curveOfSorted } from '../core/evaluation/prCurve';
import { rankingOfSorted, sortByTruth } from '../core/evaluation/ranking';
import type { AlarmThresholds, DatasetScores, ScoreRanking, ScoreRequest } from '../shared/scoring';
import { chooseBackend } from './backends';
import { fromArtifacts } from './modelArtifacts';
import { forEachDifference } from './score';
import { expectedValues, normaliseErrors, smoothRowsOf, smoothScores, type NormalisedErrors } from '../core/detection/scoreProfile';
import { contributionGroups } from '../core/detection/contributions';
import { foldRangeAlarm, rangeFloors, rowsRangeExcess, withRangeAlarm } from '../core/detection/rangeRule';

const SCORE_BATCH = 8192;
/** Points of the precision–recall chart. */
const CURVE_POINTS = 200;

/** The ranking metrics a chart and a table need, without the row counts. */
function rankingOf(scores: Float32Array, labels: Uint8Array): ScoreRanking {
  // One split and sort serves both the metrics and the curve.
  const sorted = sortByTruth(scores, labels);
  const { rocAuc, averagePrecision, bestF1 } = rankingOfSorted(sorted);
  const curve = curveOfSorted(sorted, CURVE_POINTS).points.map(({ recall, precision }) => ({ recall, precision }));
  return { rocAuc, averagePrecision, bestF1: bestF1 && { threshold: bestF1.threshold, f1: bestF1.f1, precision: bestF1.precision, recall: bestF1.recall }, curve };
}

/** The first `length` values of `array`: itself when that is all of it, else a copy the size of the part. */
function trimmed<T extends Float32Array | Uint32Array>(array: T, length: number): T {
  return (array.length === length ? array : array.slice(0, length)) as T;
}

/**
 * Each scored row's score before smoothing, its metrics' normalised errors and expected values, and which dataset
 * rows were scored (rows whose window holds a gap or a non-finite value are not): the model's input is built a batch
 * of rows at a time, so neither it (100 MB for 6 months) nor the squared errors or differences of every row sit in memory.
 */
async function scoreRows(
  model: tf.LayersModel,
  dataset: Dataset,
  preprocessing: Preprocessing,
  onProgress?: (done: number) => void,
): Promise<NormalisedErrors & { expected: Float32Array; scoredRows: Uint32Array }> {
  const rowCount = dataset.timestamps.length;
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
  for (let first = 0; first < rowCount; first += SCORE_BATCH) {
    const count = Math.min(SCORE_BATCH, rowCount - first);
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
    onProgress?.((first + count) / rowCount);
  }
  return {
    scores: trimmed(scores, scored),
    metricErrors: trimmed(metricErrors, scored * metrics),
    expected: trimmed(expected, scored * metrics),
    scoredRows: trimmed(scoredRows, scored),
  };
}

/**
 * The day-range rule's alarms folded into the model's scores and explanations and into each baseline's scores, each
 * in its own threshold (see core/detection/rangeRule); nothing for a model saved without the rule.
 */
function addRangeAlarms(
  dataset: Dataset,
  preprocessing: Preprocessing,
  scoredRows: Uint32Array,
  model: { rowScores: Float32Array; metricErrors: Float32Array; expected: Float32Array },
  thresholds: AlarmThresholds,
  baselines: { pca: Float32Array; zscore: Float32Array } | null,
): void {
  const rule = preprocessing.scoring?.rangeRule;
  if (!rule) return;
  const columns = featureColumns(dataset, preprocessing.features) as Float32Array[];
  const found = rowsRangeExcess(dataset.timestamps, columns, rule, rangeFloors(rule, preprocessing.min, preprocessing.max));
  const scoredAt = scoredRowIndex(dataset.timestamps.length, scoredRows);
  const explanations = { metricErrors: model.metricErrors, expected: model.expected, metrics: preprocessing.features.length, groups: contributionGroups(preprocessing).length };
  for (let r = 0; r < found.excess.length; r++) {
    const excess = found.excess[r];
    if (!(excess > 1)) continue;
    model.rowScores[r] = foldRangeAlarm(model.rowScores[r], { excess, metric: found.metric[r], bound: found.bound[r] }, thresholds.model, explanations, scoredAt[r]);
    if (baselines && thresholds.pca !== undefined) baselines.pca[r] = withRangeAlarm(baselines.pca[r], excess, thresholds.pca);
    if (baselines && thresholds.zscore !== undefined) baselines.zscore[r] = withRangeAlarm(baselines.zscore[r], excess, thresholds.zscore);
  }
}

/**
 * Scores every row of a dataset with a saved model: the same preprocessing as in training (its
 * scaler, context and window), then each row's score (its metrics' errors over their usual
 * errors, smoothed: see core/detection/scoreProfile) and what the model expected of each metric.
 * The model is disposed before it returns, so no tensor outlives the call. `onProgress` gets the
 * share of rows through the model (0..1) after each batch.
 * @throws ConfigError naming the columns the dataset lacks.
 */
export async function scoreDataset(dataset: Dataset, request: ScoreRequest, onProgress?: (done: number) => void): Promise<DatasetScores> {
  const started = performance.now();
  const rowCount = dataset.timestamps.length;
  buildMatrix(dataset, request.preprocessing, new Uint32Array(0)); // names the columns the dataset lacks before any work
  const backend = await chooseBackend(request.backend);
  const model = await fromArtifacts(request.artifacts);
  try {
    const { preprocessing } = request;
    const { scores, metricErrors, expected, scoredRows } = await scoreRows(model, dataset, preprocessing, onProgress);
    const unsmoothed = new Float32Array(rowCount).fill(Number.NaN);
    for (let i = 0; i < scoredRows.length; i++) unsmoothed[scoredRows[i]] = scores[i];
    const rowScores = smoothScores(unsmoothed, smoothRowsOf(preprocessing));
    const { labels } = dataset;
    const ranked = (scores: Float32Array) => ({ scores, ranking: labels ? rankingOf(scores, labels) : null });
    const baselineScores = request.baselines ? scoreBaselines(dataset, request.preprocessing, request.baselines) : null;
    if (request.alarmThresholds) {
      addRangeAlarms(dataset, preprocessing, scoredRows, { rowScores, metricErrors, expected }, request.alarmThresholds, baselineScores);
    }
    return {
      rowScores,
      metricErrors,
      expected,
      scoredRows,
      ranking: ranked(rowScores).ranking,
      errorBins: errorHistogram(request.trainingErrors, rowScores),
      baselines: baselineScores && { pca: ranked(baselineScores.pca), zscore: ranked(baselineScores.zscore) },
      backend,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    model.dispose();
  }
}
