import type { SortedScores } from '../core/detection/sortedScores';
import type { SeriesPoints } from '../core/downsample';
import type { ThresholdRule } from '../core/detection/thresholds';
import type { Dataset } from '../shared/dataset';
import type { Preprocessing } from '../shared/preprocessing';
import type { DatasetScores, ScoreRanking } from '../shared/scoring';
import type { ShownView } from './shownDetection';

export type DetectStatus = 'idle' | 'scoring' | 'done' | 'cancelled' | 'failed';

/** A comparison detector's scores, flagged by the same rule on its own validation scores. */
export interface BaselineDetection {
  /** A stable key for reports; `name` is for people. */
  id: 'pca' | 'zscore';
  name: string;
  scores: Float32Array;
  ranking: ScoreRanking | null;
  threshold: number;
}

/** One scoring of a dataset by a model, and the reference its threshold comes from. */
export interface Detection {
  modelId: string;
  modelName: string;
  /** The dataset that was scored (its arrays are shared, not copied): flags, labels and charts refer to it. */
  dataset: Dataset;
  scores: DatasetScores;
  /** The model's input layout, to split a row's error by metric. */
  preprocessing: Preprocessing;
  /** For each dataset row, its row in `scores.featureErrors`, or -1 when it was not scored. */
  matrixRowOf: Int32Array;
  /** The model's validation errors, sorted: the label-free threshold and the false-alarm rate read from them. */
  reference: SortedScores;
  rule: ThresholdRule;
  /** The validation scores in time order, for the alarms per day a threshold would raise on normal data. */
  referenceInOrder: Float32Array;
  /** The threshold the rule gives; the slider starts here and "Automatic" returns here. */
  autoThreshold: number;
  /** The alarm policy: flags within this many ms of an open incident's last flag extend it. */
  cooldownMs: number;
  /** PCA and rolling z-score on the same data; empty for an imported model. */
  baselines: BaselineDetection[];
  /** The whole dataset's scores reduced for the score chart (SCORE_CHART_BUCKETS), when the score worker made it. */
  overview?: SeriesPoints;
}

/** The Detect panel's run and the threshold the user has set. */
export interface DetectJob {
  status: DetectStatus;
  /** Share of rows through the model while scoring, 0..1. */
  progress: number;
  detection: Detection | null;
  threshold: number;
  /** The view on screen and the detection it belongs to; it follows the threshold and the maintenance windows a moment later, computed in the score worker. */
  shown: (ShownView & { detection: Detection }) | null;
  selectedIncident: number | null;
  /** An incident a link named, selected once the scoring under way finishes (if it still exists). */
  pendingIncident: number | null;
}

export function initialDetectJob(): DetectJob {
  return { status: 'idle', progress: 0, detection: null, threshold: Number.NaN, shown: null, selectedIncident: null, pendingIncident: null };
}
