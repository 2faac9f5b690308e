import { addGroupErrors, contributionGroups } from '../core/detection/contributions';
import { findIncidents, type ContributionSource, type Incident } from '../core/detection/incidents';
import { falseAlarmRate } from '../core/detection/sortedScores';
import { eventRecall, labelRuns, type EventRecall } from '../core/evaluation/events';
import { metricsAtThreshold, type ThresholdMetrics } from '../core/evaluation/threshold';
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
  /** Runs of flagged rows with their peak, severity and top metrics, in time order. */
  incidents: Incident[];
}

/** Each dataset row's squared error split by metric (and the time group), read from the scored rows. */
function contributionSource(detection: Detection): ContributionSource {
  const layout = detection.preprocessing;
  const { featureErrors } = detection.scores;
  const { matrixRowOf } = detection;
  return {
    names: contributionGroups(layout),
    add: (row, into) => {
      const matrixRow = matrixRowOf[row];
      if (matrixRow >= 0) addGroupErrors(featureErrors, matrixRow, layout, into);
    },
  };
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

/** The flags, incidents and metrics at `threshold`: O(rows) passes over the scores, cheap enough to follow the slider. */
export function detectionView(detection: Detection, threshold: number): DetectionView {
  const scores = detection.scores.rowScores;
  const { labels, timestamps } = detection.dataset;
  // Imported labels come without events; their runs of labelled rows stand in for them.
  const events = detection.dataset.events.length > 0 ? detection.dataset.events : labels ? labelRuns(labels) : [];
  return {
    threshold,
    ...countFlagged(scores, threshold),
    falseAlarmRate: falseAlarmRate(detection.reference, threshold),
    metrics: labels ? metricsAtThreshold(scores, labels, threshold) : null,
    events: events.length > 0 ? eventRecall(scores, events, threshold) : null,
    incidents: findIncidents(timestamps, scores, threshold, { contributions: contributionSource(detection) }),
  };
}
