import type { BaselineProfile, BaselineScores, PcaModel } from '../../shared/baselines';
import type { Dataset } from '../../shared/dataset';
import type { Preprocessing, ScoreProfile } from '../../shared/preprocessing';
import { scoresByRow } from '../evaluation/rowScores';
import { allRows, buildMatrix, rowTimes, type RowMatrix } from '../preprocess/matrix';
import { fitPca, pcaFeatureErrors, pcaScores } from './pca';
import { fitScoreProfile, normaliseErrors, smoothRowsOf, smoothScores } from '../detection/scoreProfile';
import { strideOrder } from '../sampling';
import { rollingZScores } from './rollingZScore';
import { MS_PER_DAY } from '../time';

/** The model's scaled metrics alone: one step, no time features, which is what the baselines read. */
export function metricsLayout(preprocessing: Preprocessing): Preprocessing {
  return { ...preprocessing, window: 1, context: false, stillness: false, inputWidth: preprocessing.features.length };
}

/** About a day of rows, at least 10 and at most 10,000. */
export function zWindowFor(intervalMs: number): number {
  return Math.min(10_000, Math.max(10, Math.round(MS_PER_DAY / Math.max(1, intervalMs))));
}

/** The rolling z-score of every dataset row (NaN where unscored), from the matrix of all its rows, smoothed as the model's score. */
function zScoresByRow(rowCount: number, all: RowMatrix, window: number, smoothRows: number): Float32Array {
  return smoothScores(scoresByRow(rowCount, all.rows, rollingZScores(all.matrix, { window })), smoothRows);
}

/** Training rows whose PCA errors set its usual error per metric, as the model's training sample. */
const PCA_SAMPLE = 50_000;

/** PCA's scores of the rows of `input` (the metrics-only matrix of some rows): each metric's squared residual over its usual one, averaged (see normaliseErrors); the summed squared residual without a profile. */
function pcaRowScores(dataset: Dataset, layout: Preprocessing, pca: PcaModel, scoring: ScoreProfile | undefined, input: RowMatrix): Float32Array {
  if (!scoring) return pcaScores(pca, input.matrix);
  const times = rowTimes(dataset.timestamps, input.rows);
  return normaliseErrors(pcaFeatureErrors(pca, input.matrix), times, { ...layout, scoring }).scores;
}

/** What fitting the baselines reads: the dataset, the model's layout (its score profile is not read) and its split. */
export interface BaselineSplit {
  dataset: Dataset;
  preprocessing: Preprocessing;
  trainRows: Uint32Array;
  validationRows: Uint32Array;
}

/**
 * Fits the baselines beside a model: PCA on the model's training rows with its own per-metric usual
 * errors (training or held-out, as the model's), and both baselines' smoothed scores on the validation rows as their threshold reference,
 * so the same normalisation, smoothing and threshold rule apply as to the autoencoder. Pure, for either training worker.
 */
export function fitBaselines({ dataset, preprocessing, trainRows, validationRows }: BaselineSplit): BaselineProfile {
  const layout = metricsLayout(preprocessing);
  const pca = fitPca(buildMatrix(dataset, layout, trainRows).matrix);
  const sample = buildMatrix(dataset, layout, Uint32Array.from(strideOrder(trainRows.length, PCA_SAMPLE), (i) => trainRows[i]));
  const features = layout.features.length;
  const sampleTimes = rowTimes(dataset.timestamps, sample.rows);
  const held = buildMatrix(dataset, layout, validationRows);
  const shape = { groups: features, metricGroups: features, window: 1, intervalMs: dataset.meta.intervalMs };
  const pcaScoring = fitScoreProfile({ errors: pcaFeatureErrors(pca, sample.matrix), timestamps: sampleTimes }, shape, { errors: pcaFeatureErrors(pca, held.matrix), timestamps: rowTimes(dataset.timestamps, held.rows) });
  const smoothRows = pcaScoring.smoothRows;
  const pcaReference = smoothScores(pcaRowScores(dataset, layout, pca, pcaScoring, held), smoothRows);
  const zWindow = zWindowFor(dataset.meta.intervalMs);
  const rowCount = dataset.timestamps.length;
  const z = zScoresByRow(rowCount, buildMatrix(dataset, layout, allRows(rowCount)), zWindow, smoothRows);
  const zReference = Float32Array.from(validationRows, (row) => z[row]);
  return { pca, pcaScoring, pcaReference, zWindow, zSmoothRows: smoothRows, zReference };
}

/** Both baselines' score for every row of a dataset (NaN where a row cannot be scored). */
export function scoreBaselines(dataset: Dataset, preprocessing: Preprocessing, profile: BaselineProfile): BaselineScores {
  const input = baselineMatrix(dataset, preprocessing);
  return { pca: pcaBaselineScores(dataset, preprocessing, profile, input), zscore: zBaselineScores(dataset, profile, input) };
}

/** The matrix both baselines read: every row's scaled metrics (rows with a non-finite value left out). */
export function baselineMatrix(dataset: Dataset, preprocessing: Preprocessing): RowMatrix {
  return buildMatrix(dataset, metricsLayout(preprocessing), allRows(dataset.timestamps.length));
}

/** PCA's smoothed score of every dataset row (NaN where unscored); `input` is baselineMatrix's. */
export function pcaBaselineScores(dataset: Dataset, preprocessing: Preprocessing, profile: BaselineProfile, input = baselineMatrix(dataset, preprocessing)): Float32Array {
  const rowCount = dataset.timestamps.length;
  const scores = pcaRowScores(dataset, metricsLayout(preprocessing), profile.pca, profile.pcaScoring, input);
  return smoothScores(scoresByRow(rowCount, input.rows, scores), smoothRowsOf({ scoring: profile.pcaScoring }));
}

/** The rolling z-score's smoothed score of every dataset row (NaN where unscored); `input` is baselineMatrix's. */
export function zBaselineScores(dataset: Dataset, profile: BaselineProfile, input: RowMatrix): Float32Array {
  return zScoresByRow(dataset.timestamps.length, input, profile.zWindow, profile.zSmoothRows ?? 1);
}
