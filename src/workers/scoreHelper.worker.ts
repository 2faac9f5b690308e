import * as Comlink from 'comlink';
import { runRangeJob, type RangeJob, type RangeResult } from '../ml/scoreRange';
import { toPortableError } from '../shared/portableError';
import { buffersOf } from '../shared/transfer';

// The second worker of a big scoring, started by the score worker (see ml/scoreDataset).
const api = {
  /** Scores its half of the rows and the PCA baseline; the arrays are handed back without copying. */
  async score(job: RangeJob, onProgress: (rows: number) => void): Promise<RangeResult> {
    try {
      const result = await runRangeJob(job, (rows) => void onProgress(rows));
      return Comlink.transfer(result, buffersOf([result.scores, result.metricErrors, result.expected, result.scoredRows, result.pca]));
    } catch (error) {
      throw toPortableError(error);
    }
  },
};

export type ScoreHelperApi = typeof api;

Comlink.expose(api);
