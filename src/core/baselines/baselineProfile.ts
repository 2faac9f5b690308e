import type { BaselineProfile, BaselineScores } from '../../shared/baselines';
import type { Dataset } from '../../shared/dataset';
import type { Preprocessing } from '../../shared/preprocessing';
import { scoresByRow } from '../evaluation/rowScores';
import { allRows, buildMatrix, type RowMatrix } from '../preprocess/matrix';
import { fitPca, pcaScores } from './pca';
import { rollingZScores } from './rollingZScore';

const DAY_MS = 86_400_000;

/** The model's scaled metrics alone: one step, no time features, which is what the baselines read. */
export function metricsLayout(preprocessing: Preprocessing): Preprocessing {
  return { ...preprocessing, window: 1, context: false, stillness: false, inputWidth: preprocessing.features.length };
}

/** About a day of rows, at least 10 and at most 10,000. */
export function zWindowFor(intervalMs: number): number {
  return Math.min(10_000, Math.max(10, Math.round(DAY_MS / Math.max(1, intervalMs))));
}

/** The rolling z-score of every dataset row (NaN where unscored), from the matrix of all its rows. */
function zScoresByRow(rowCount: number, all: RowMatrix, window: number): Float32Array {
  return scoresByRow(rowCount, all.rows, rollingZScores(all.matrix, { window }));
}

/**
 * Fits the baselines beside a model: PCA on the model's training rows, and both baselines' scores
 * on its validation rows as their threshold reference. Pure, for the training worker.
 */
export function fitBaselines(dataset: Dataset, preprocessing: Preprocessing, trainRows: ArrayLike<number>, validationRows: ArrayLike<number>): BaselineProfile {
  const layout = metricsLayout(preprocessing);
  const pca = fitPca(buildMatrix(dataset, layout, trainRows).matrix);
  const pcaReference = pcaScores(pca, buildMatrix(dataset, layout, validationRows).matrix);
  const zWindow = zWindowFor(dataset.meta.intervalMs);
  const rowCount = dataset.timestamps.length;
  const z = zScoresByRow(rowCount, buildMatrix(dataset, layout, allRows(rowCount)), zWindow);
  const zReference = Float32Array.from(validationRows, (row) => z[row]);
  return { pca, pcaReference, zWindow, zReference };
}

/** Both baselines' score for every row of a dataset (NaN where a row cannot be scored). */
export function scoreBaselines(dataset: Dataset, preprocessing: Preprocessing, profile: BaselineProfile): BaselineScores {
  const rowCount = dataset.timestamps.length;
  const all = buildMatrix(dataset, metricsLayout(preprocessing), allRows(rowCount));
  return {
    pca: scoresByRow(rowCount, all.rows, pcaScores(profile.pca, all.matrix)),
    zscore: zScoresByRow(rowCount, all, profile.zWindow),
  };
}
