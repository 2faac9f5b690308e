import { falseAlarmRate } from '../core/detection/sortedScores';
import { eventRecall, labelRuns, type EventRecall } from '../core/evaluation/events';
import { metricsAtThreshold, type ThresholdMetrics } from '../core/evaluation/threshold';
import type { Dataset } from '../shared/dataset';
import type { Detection } from './detectionJob';

/** What the Detect panel shows for one threshold: derived, never stored, recomputed when the threshold moves. */
export interface DetectionView {
  threshold: number;
  /** Scored rows at or above the threshold. */
  flagged: number;
  scored: number;
  /** Share of the reference (validation) rows the threshold would flag: the expected false-alarm rate. */
  falseAlarmRate: number;
  /** Point-wise metrics against the labels; null when the dataset has none. */
  metrics: ThresholdMetrics | null;
  /** Labelled events with at least one flagged row, overall and per type; null without events. */
  events: EventRecall | null;
}

function countFlagged(scores: Float32Array, threshold: number): { flagged: number; scored: number } {
  let flagged = 0;
  let scored = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i];
    if (v === v) {
      scored++;
      if (v >= threshold) flagged++;
    }
  }
  return { flagged, scored };
}

/**
 * The flags and metrics at `threshold`: O(rows) passes over the scores, cheap enough to follow
 * the slider. The dataset must be the one that was scored (its labels and events are read).
 */
export function detectionView(detection: Detection, dataset: Dataset | null, threshold: number): DetectionView {
  const scores = detection.scores.rowScores;
  const same = dataset?.meta.id === detection.datasetId;
  const labels = same ? dataset.labels : null;
  // Imported labels come without events; their runs of labelled rows stand in for them.
  const events = same && dataset.events.length > 0 ? dataset.events : labels ? labelRuns(labels) : [];
  return {
    threshold,
    ...countFlagged(scores, threshold),
    falseAlarmRate: falseAlarmRate(detection.reference, threshold),
    metrics: labels ? metricsAtThreshold(scores, labels, threshold) : null,
    events: events.length > 0 ? eventRecall(scores, events, threshold) : null,
  };
}
