import { allRows, buildMatrix, featureColumns, rowTimes } from '../core/preprocess/matrix';
import type { Dataset } from '../shared/dataset';
import { scoreBaselines } from '../core/baselines/baselineProfile';
import { errorHistogram } from '../core/errorHistogram';
import { precisionRecallCurve } from '../core/evaluation/prCurve';
import { rankingMetrics } from '../core/evaluation/ranking';
import type { DatasetScores, ScoreRanking, ScoreRequest } from '../shared/scoring';
import { chooseBackend } from './backends';
import { fromArtifacts } from './modelArtifacts';
import { reconstructionErrors } from './score';
import { expectedValues, normaliseErrors, smoothRowsOf, smoothScores } from '../core/detection/scoreProfile';

const SCORE_BATCH = 8192;
/** Points of the precision–recall chart. */
const CURVE_POINTS = 200;

/** The ranking metrics a chart and a table need, without the row counts. */
function rankingOf(scores: Float32Array, labels: Uint8Array): ScoreRanking {
  const { rocAuc, averagePrecision, bestF1 } = rankingMetrics(scores, labels);
  const curve = precisionRecallCurve(scores, labels, CURVE_POINTS).points.map(({ recall, precision }) => ({ recall, precision }));
  return { rocAuc, averagePrecision, bestF1: bestF1 && { threshold: bestF1.threshold, f1: bestF1.f1, precision: bestF1.precision, recall: bestF1.recall }, curve };
}

/**
 * Scores every row of a dataset with a saved model: the same preprocessing as in training (its
 * scaler, context and window), then each row's score (its metrics' errors over their usual
 * errors, smoothed: see core/detection/scoreProfile) and what the model expected of each metric.
 * The model is disposed before it returns, so no tensor outlives the call.
 * @throws ConfigError naming the columns the dataset lacks.
 */
export async function scoreDataset(dataset: Dataset, request: ScoreRequest): Promise<DatasetScores> {
  const started = performance.now();
  const rowCount = dataset.timestamps.length;
  const input = buildMatrix(dataset, request.preprocessing, allRows(rowCount));
  const backend = await chooseBackend(request.backend);
  const model = await fromArtifacts(request.artifacts);
  try {
    const { preprocessing } = request;
    const { featureErrors, differences } = await reconstructionErrors(model, input.matrix, SCORE_BATCH, true);
    const times = rowTimes(dataset.timestamps, input.rows);
    const { scores, metricErrors } = normaliseErrors(featureErrors, times, preprocessing);
    const unsmoothed = new Float32Array(rowCount).fill(Number.NaN);
    for (let i = 0; i < input.rows.length; i++) unsmoothed[input.rows[i]] = scores[i];
    const rowScores = smoothScores(unsmoothed, smoothRowsOf(preprocessing));
    const columns = featureColumns(dataset, preprocessing.features) as Float32Array[]; // buildMatrix threw if one were missing
    const { labels } = dataset;
    const ranked = (scores: Float32Array) => ({ scores, ranking: labels ? rankingOf(scores, labels) : null });
    const baselineScores = request.baselines ? scoreBaselines(dataset, request.preprocessing, request.baselines) : null;
    return {
      rowScores,
      metricErrors,
      expected: expectedValues(differences!, input.rows, columns, preprocessing),
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
