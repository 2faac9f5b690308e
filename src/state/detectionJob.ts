import type { SortedScores } from '../core/detection/sortedScores';
import type { ThresholdRule } from '../core/detection/thresholds';
import type { DatasetScores } from '../shared/scoring';

export type DetectStatus = 'idle' | 'scoring' | 'done' | 'cancelled' | 'failed';

/** One scoring of a dataset by a model, and the reference its threshold comes from. */
export interface Detection {
  modelId: string;
  modelName: string;
  datasetId: string;
  datasetName: string;
  scores: DatasetScores;
  /** The model's validation errors, sorted: the label-free threshold and the false-alarm rate read from them. */
  reference: SortedScores;
  /** The model's training-error sample, for the histogram. */
  trainingErrors: Float32Array;
  rule: ThresholdRule;
  /** The threshold the rule gives; the slider starts here and "Automatic" returns here. */
  autoThreshold: number;
}

/** The Detect panel's run and the threshold the user has set. */
export interface DetectJob {
  status: DetectStatus;
  detection: Detection | null;
  threshold: number;
  selectedIncident: number | null;
}

export function initialDetectJob(): DetectJob {
  return { status: 'idle', detection: null, threshold: Number.NaN, selectedIncident: null };
}
