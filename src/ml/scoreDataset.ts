import type * as tf from '@tensorflow/tfjs';
import { buildMatrix, featureColumns, scoredRowIndex } from '../core/preprocess/matrix';
import type { Preprocessing } from '../shared/preprocessing';
import type { Dataset } from '../shared/dataset';
import { baselineMatrix, pcaBaselineScores, zBaselineScores } from '../core/baselines/baselineProfile';
import { errorHistogram } from '../core/errorHistogram';
import { curveOfSorted } from '../core/evaluation/prCurve';
import { rankingOfSorted, sortByTruth } from '../core/evaluation/ranking';
import type { AlarmThresholds, DatasetScores, ScoreRanking, ScoreRequest } from '../shared/scoring';
import type { BaselineScores } from '../shared/baselines';
import type { BackendName } from '../shared/training';
import { chooseBackend } from './backends';
import { fromArtifacts } from './modelArtifacts';
import { SCORE_BATCH, scoreRange, type RangeScores, type ScoreHelper } from './scoreRange';
import { smoothRowsOf, smoothScores } from '../core/detection/scoreProfile';
import { contributionGroups } from '../core/detection/contributions';
import { foldRangeAlarm, rangeFloors, rowsRangeExcess, withRangeAlarm } from '../core/detection/rangeRule';

/** Points of the precision–recall chart. */
const CURVE_POINTS = 200;
/**
 * Rows from which a second worker scores half of them: it starts its own WebAssembly runtime and model (about
 * 0.2 s), which half of 100k rows' scoring (about 0.2 s at 250k rows/s a thread) would not pay back.
 */
export const HELPER_FROM_ROWS = 100_000;

/** The ranking metrics a chart and a table need, without the row counts. */
function rankingOf(scores: Float32Array, labels: Uint8Array): ScoreRanking {
  // One split and sort serves both the metrics and the curve.
  const sorted = sortByTruth(scores, labels);
  const { rocAuc, averagePrecision, bestF1 } = rankingOfSorted(sorted);
  const curve = curveOfSorted(sorted, CURVE_POINTS).points.map(({ recall, precision }) => ({ recall, precision }));
  return { rocAuc, averagePrecision, bestF1: bestF1 && { threshold: bestF1.threshold, f1: bestF1.f1, precision: bestF1.precision, recall: bestF1.recall }, curve };
}

/** `a` then `b` in one array of their type. */
function concat<T extends Float32Array | Uint32Array>(a: T, b: T): T {
  const out = new (a.constructor as new (length: number) => T)(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Two ranges' scored rows as one, in row order. */
function joinRanges(first: RangeScores, rest: RangeScores): RangeScores {
  return {
    scores: concat(first.scores, rest.scores),
    metricErrors: concat(first.metricErrors, rest.metricErrors),
    expected: concat(first.expected, rest.expected),
    scoredRows: concat(first.scoredRows, rest.scoredRows),
  };
}

/**
 * Most bytes of columns copied to the helper: it gets the whole dataset (its PCA reads every row), so a dataset of
 * 10M rows (a 1 GB import, 700 MB of columns) would double what the tab holds; one worker scores such a dataset.
 */
export const HELPER_MAX_BYTES = 256 * 1024 * 1024;

/** Where a second worker's rows begin: the batch boundary nearest the middle, or null when one worker scores them all. */
export function helperStart(dataset: Dataset, backend: string): number | null {
  const rowCount = dataset.timestamps.length;
  const bytes = dataset.timestamps.byteLength + dataset.columns.reduce((sum, column) => sum + column.values.byteLength, 0);
  // A GPU is one device: a second worker on it would queue behind the first.
  if (backend === 'webgl' || rowCount < HELPER_FROM_ROWS || bytes > HELPER_MAX_BYTES) return null;
  return Math.round(rowCount / 2 / SCORE_BATCH) * SCORE_BATCH;
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
 * Every row through the model, and both baselines: with a helper (see helperStart) it scores the second half of the rows
 * and PCA while this worker scores the first half and the z-score; if it fails, this worker scores its share too.
 */
async function scoreAllRows(
  model: tf.LayersModel,
  dataset: Dataset,
  request: ScoreRequest,
  backend: BackendName,
  onProgress: ((done: number) => void) | undefined,
  helper: ScoreHelper | undefined,
): Promise<{ rows: RangeScores; baselineScores: BaselineScores | null }> {
  const { preprocessing, baselines } = request;
  const rowCount = dataset.timestamps.length;
  const split = (helper && helperStart(dataset, backend)) ?? rowCount;
  const done = { own: 0, theirs: 0 };
  const report = () => onProgress?.((done.own + done.theirs) / Math.max(1, rowCount));
  const job = { dataset, artifacts: request.artifacts, preprocessing, backend, from: split, to: rowCount, baselines };
  const helped =
    helper && split < rowCount
      ? helper(job, (rows) => ((done.theirs = rows), report())).catch((error: unknown) => {
          console.warn('The second scoring worker failed; scoring on alone', error);
          done.theirs = 0;
          return null;
        })
      : null;
  const first = await scoreRange(model, dataset, preprocessing, 0, split, (rows) => ((done.own = rows), report()));
  const matrix = baselines && baselineMatrix(dataset, preprocessing);
  const zscore = baselines && matrix && zBaselineScores(dataset, baselines, matrix);
  const theirs = helped && (await helped);
  const second = split === rowCount ? null : (theirs ?? (await scoreRange(model, dataset, preprocessing, split, rowCount, (rows) => ((done.own = split + rows), report()))));
  const pca = theirs?.pca ?? (baselines && matrix && pcaBaselineScores(dataset, preprocessing, baselines, matrix));
  return { rows: second ? joinRanges(first, second) : first, baselineScores: pca && zscore ? { pca, zscore } : null };
}

/**
 * Scores every row of a dataset with a saved model: the same preprocessing as in training (its
 * scaler, context and window), then each row's score (its metrics' errors over their usual
 * errors, smoothed: see core/detection/scoreProfile) and what the model expected of each metric.
 * The model is disposed before it returns, so no tensor outlives the call. `onProgress` gets the
 * share of rows through the model (0..1) after each batch. With a `helper`, a big dataset's second half (and the
 * PCA baseline) is scored by another worker meanwhile, to the same bits; if it fails, this worker scores it too.
 * @throws ConfigError naming the columns the dataset lacks.
 */
export async function scoreDataset(dataset: Dataset, request: ScoreRequest, onProgress?: (done: number) => void, helper?: ScoreHelper): Promise<DatasetScores> {
  const started = performance.now();
  const rowCount = dataset.timestamps.length;
  buildMatrix(dataset, request.preprocessing, new Uint32Array(0)); // names the columns the dataset lacks before any work
  const backend = await chooseBackend(request.backend);
  const model = await fromArtifacts(request.artifacts);
  try {
    const { preprocessing } = request;
    const { rows, baselineScores } = await scoreAllRows(model, dataset, request, backend, onProgress, helper);
    const { scores, metricErrors, expected, scoredRows } = rows;
    const unsmoothed = new Float32Array(rowCount).fill(Number.NaN);
    for (let i = 0; i < scoredRows.length; i++) unsmoothed[scoredRows[i]] = scores[i];
    const rowScores = smoothScores(unsmoothed, smoothRowsOf(preprocessing));
    const { labels } = dataset;
    const ranked = (scores: Float32Array) => ({ scores, ranking: labels ? rankingOf(scores, labels) : null });
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
