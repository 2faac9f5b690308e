import * as Comlink from 'comlink';
import { scoreDataset } from '../ml/scoreDataset';
import type { Dataset } from '../shared/dataset';
import type { MaintenanceWindow } from '../shared/feedback';
import { toPortableError } from '../shared/portableError';
import type { ScoreRequest } from '../shared/scoring';
import { alarmThresholds, assembleDetection, type ScoredModel } from '../state/detectionBuild';
import type { Detection } from '../state/detectionJob';
import { baselineViews, type BaselineView } from '../state/detectionView';
import { SCORE_CHART_BUCKETS, shownView, type ShownView } from '../state/shownDetection';
import { downsampleM4 } from '../core/downsample';
import { detectionBuffers, detectionCopy, type DetectionParts } from './detectionCopy';
import { workerScoreHelper } from './scoreHelperWorker';

/** The last scoring, kept here so every threshold move is computed off the main thread. */
let held: { key: number; detection: Detection; baselines: BaselineView[] | null } | null = null;
let scorings = 0;

const api = {
  /**
   * Scores a transferred dataset with a model, assembles the detection (sorted references, thresholds,
   * row index) and hands it back without copying; a copy stays here under the returned key for `view`. A big
   * dataset's second half is scored by a second worker meanwhile.
   * `onProgress` gets the share of rows done.
   */
  async score(dataset: Dataset, request: ScoreRequest, model: ScoredModel, onProgress?: (done: number) => void): Promise<{ key: number; parts: DetectionParts }> {
    try {
      held = null;
      const scores = await scoreDataset(dataset, { ...request, alarmThresholds: alarmThresholds(model) }, onProgress ? (done) => void onProgress(done) : undefined, workerScoreHelper);
      // The whole scoring's chart points once here, so the page never reduces 500k scores itself.
      const overview = downsampleM4(dataset.timestamps, scores.rowScores, { from: 0, to: scores.rowScores.length }, { buckets: SCORE_CHART_BUCKETS });
      const detection = { ...assembleDetection(dataset, scores, model), overview: { ...overview, times: overview.times.slice(), values: overview.values.slice() } };
      const key = ++scorings;
      const { dataset: _kept, ...parts } = detection;
      held = { key, detection: { ...detectionCopy(parts), dataset }, baselines: null };
      return Comlink.transfer({ key, parts }, detectionBuffers(parts));
    } catch (error) {
      throw toPortableError(error);
    }
  },

  /** The view and report of the held scoring at `threshold` with `maintenance`; null when `key` is not the scoring held here. */
  view(key: number, threshold: number, maintenance: readonly MaintenanceWindow[]): ShownView | null {
    if (held?.key !== key) return null;
    try {
      // The baselines do not move with the threshold: computed once per scoring.
      held.baselines ??= baselineViews(held.detection);
      return shownView(held.detection, threshold, maintenance, held.baselines);
    } catch (error) {
      throw toPortableError(error);
    }
  },
};

export type ScoreApi = typeof api;

Comlink.expose(api);
