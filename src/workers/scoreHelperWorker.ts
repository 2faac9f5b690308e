import * as Comlink from 'comlink';
import type { ScoreHelper } from '../ml/scoreRange';
import type { ScoreHelperApi } from './scoreHelper.worker';
import { inOwnWorker } from './workerHandle';

/**
 * Scores a range of rows in a worker of its own, started from the score worker: the second core's half of a big
 * scoring. The worker gets a copy of the dataset and is ended when its part is back or has failed.
 */
export const workerScoreHelper: ScoreHelper = (job, onProgress) =>
  inOwnWorker<ScoreHelperApi, Awaited<ReturnType<ScoreHelper>>>(
    'second scoring worker',
    () => new Worker(new URL('./scoreHelper.worker.ts', import.meta.url), { type: 'module', name: 'score-helper' }),
    (api) => api.score(job, Comlink.proxy(onProgress)),
  );
