import { allRows, buildMatrix } from '../core/preprocess/matrix';
import type { Dataset } from '../shared/dataset';
import { scoreBaselines } from '../core/baselines/baselineProfile';
import { errorHistogram } from '../core/errorHistogram';
import { precisionRecallCurve } from '../core/evaluation/prCurve';
import { rankingMetrics } from '../core/evaluation/ranking';
import type { DatasetScores, ScoreRanking, ScoreRequest } from '../shared/scoring';
import { chooseBackend } from './backends';
import { fromArtifacts } from './modelArtifacts';
import { reconstructionErrors } from './score';

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
 * scaler, context and window), then each row's squared reconstruction error per input column.
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
    const { rowErrors, featureErrors } = await reconstructionErrors(model, input.matrix, SCORE_BATCH);
    const rowScores = new Float32Array(rowCount).fill(Number.NaN);
    for (let i = 0; i < input.rows.length; i++) rowScores[input.rows[i]] = rowErrors[i];
    const { labels } = dataset;
    const ranked = (scores: Float32Array) => ({ scores, ranking: labels ? rankingOf(scores, labels) : null });
    const baselineScores = request.baselines ? scoreBaselines(dataset, request.preprocessing, request.baselines) : null;
    return {
      rowScores,
      featureErrors,
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
