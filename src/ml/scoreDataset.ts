import type * as tf from '@tensorflow/tfjs';
import { allRows, buildMatrix, featureColumns, rowTimes, scoredRowIndex, type RowMatrix } from '../core/preprocess/matrix';
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

/**
 * Each scored row's score before smoothing, its metrics' normalised errors and expected values,
 * a batch at a time, so neither the squared errors nor the differences of every row sit in memory.
 */
async function scoreRows(
  model: tf.LayersModel,
  dataset: Dataset,
  input: RowMatrix,
  preprocessing: Preprocessing,
  onProgress?: (done: number) => void,
): Promise<NormalisedErrors & { expected: Float32Array }> {
  const { rows } = input;
  const width = preprocessing.inputWidth;
  const metrics = preprocessing.features.length;
  const times = rowTimes(dataset.timestamps, rows);
  const columns = featureColumns(dataset, preprocessing.features) as Float32Array[]; // buildMatrix threw if one were missing
  const scores = new Float32Array(rows.length);
  const metricErrors = new Float32Array(rows.length * metrics);
  const expected = new Float32Array(rows.length * metrics);
  const squared = new Float32Array(Math.min(SCORE_BATCH, rows.length) * width);
  await forEachDifference(model, input.matrix, SCORE_BATCH, (differences, start, count) => {
    for (let k = 0; k < count * width; k++) squared[k] = differences[k] * differences[k];
    const part = normaliseErrors(squared.subarray(0, count * width), times.subarray(start, start + count), preprocessing);
    scores.set(part.scores, start);
    metricErrors.set(part.metricErrors, start * metrics);
    expected.set(expectedValues(differences, rows.subarray(start, start + count), columns, preprocessing), start * metrics);
    onProgress?.((start + count) / rows.length);
  });
  return { scores, metricErrors, expected };
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
  const input = buildMatrix(dataset, request.preprocessing, allRows(rowCount));
  const backend = await chooseBackend(request.backend);
  const model = await fromArtifacts(request.artifacts);
  try {
    const { preprocessing } = request;
    const { scores, metricErrors, expected } = await scoreRows(model, dataset, input, preprocessing, onProgress);
    const unsmoothed = new Float32Array(rowCount).fill(Number.NaN);
    for (let i = 0; i < input.rows.length; i++) unsmoothed[input.rows[i]] = scores[i];
    const rowScores = smoothScores(unsmoothed, smoothRowsOf(preprocessing));
    const { labels } = dataset;
    const ranked = (scores: Float32Array) => ({ scores, ranking: labels ? rankingOf(scores, labels) : null });
    const baselineScores = request.baselines ? scoreBaselines(dataset, request.preprocessing, request.baselines) : null;
    if (request.alarmThresholds) {
      addRangeAlarms(dataset, preprocessing, input.rows, { rowScores, metricErrors, expected }, request.alarmThresholds, baselineScores);
    }
    return {
      rowScores,
      metricErrors,
      expected,
      scoredRows: input.rows,
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
