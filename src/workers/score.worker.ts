import * as Comlink from 'comlink';
import { scoreDataset } from '../ml/scoreDataset';
import type { Dataset } from '../shared/dataset';
import { toPortableError } from '../shared/portableError';
import type { DatasetScores, ScoreRequest } from '../shared/scoring';

const api = {
  /** Scores a transferred dataset with a model and hands the scores back without copying; `onProgress` gets the share of rows done. */
  async score(dataset: Dataset, request: ScoreRequest, onProgress?: (done: number) => void): Promise<DatasetScores> {
    try {
      const scores = await scoreDataset(dataset, request, onProgress ? (done) => void onProgress(done) : undefined);
      const baselineBuffers = scores.baselines ? [scores.baselines.pca.scores.buffer, scores.baselines.zscore.scores.buffer] : [];
      return Comlink.transfer(scores, [scores.rowScores.buffer, scores.metricErrors.buffer, scores.expected.buffer, scores.scoredRows.buffer, ...baselineBuffers]);
    } catch (error) {
      throw toPortableError(error);
    }
  },
};

export type ScoreApi = typeof api;

Comlink.expose(api);
