import { findIncidents, flaggedCount, incidentStartAlarms, type ContributionSource, type Incident } from '../core/detection/incidents';
import { falseAlarmRate } from '../core/detection/sortedScores';
import { alarmsPerDay } from '../core/detection/alarmRate';
import { metricContributions } from '../core/detection/metricContributions';
import { maintenanceFilter } from '../core/feedback/maintenance';
import { featureColumns } from '../core/preprocess/matrix';
import { eventRecall, labelRuns, type EventRecall, type EventSpan } from '../core/evaluation/events';
import { nabScore, type NabResult, type NabWindow } from '../core/evaluation/nab';
import { metricsAtThreshold, type ThresholdMetrics } from '../core/evaluation/threshold';
import type { MaintenanceWindow } from '../shared/feedback';
import type { BaselineDetection, Detection } from './detectionJob';

/** What the Detect panel shows for one threshold: derived, never stored, recomputed when the threshold moves. */
export interface DetectionView {
  threshold: number;
  /** Scored rows at or above the threshold. */
  flagged: number;
  scored: number;
  /** Share of the reference (validation) rows the threshold would flag: the expected false-alarm rate. */
  falseAlarmRate: number;
  /** Alarms per day the threshold raises on the validation rows under the alarm policy: the false alarms to expect on normal data. */
  alarmsPerDay: number;
  /** Point-wise metrics against the labels; null when the dataset has none. */
  metrics: ThresholdMetrics | null;
  /** Labelled events with at least one flagged row, overall and per type; null without events. */
  events: EventRecall | null;
  /** Runs of flagged rows with their peak, severity and top metrics, in time order. */
  incidents: Incident[];
  /** NAB score (standard profile; normalizedScore: 0 flags nothing, 100 perfect) with the labelled events as windows; null without events. */
  nab: NabResult | null;
}

/** A baseline's flags at its own automatic threshold. */
export interface BaselineView {
  id: BaselineDetection['id'];
  name: string;
  threshold: number;
  metrics: ThresholdMetrics;
  events: EventRecall | null;
  averagePrecision: number | null;
  bestF1: number | null;
  nab: NabResult | null;
  /** Its incidents at its own threshold, for incident-level evaluation. */
  incidents: Incident[];
}

/** Each dataset row's normalised error per user metric, and each metric's actual and expected value, read from the scored rows. */
function contributionSource(detection: Detection): ContributionSource {
  const { features } = detection.preprocessing;
  const { matrixRowOf, dataset, scores } = detection;
  return metricContributions(features, scores.metricErrors, scores.expected, featureColumns(dataset, features), (row) => matrixRowOf[row]);
}

/**
 * The flags, incidents and metrics at `threshold`: O(rows) passes over the scores, cheap enough to
 * follow the slider. Rows in a maintenance window flag as scored but raise no incident.
 */
export function detectionView(detection: Detection, threshold: number, maintenance: readonly MaintenanceWindow[] = []): DetectionView {
  const scores = detection.scores.rowScores;
  const { labels, timestamps } = detection.dataset;
  const events = eventsOf(detection);
  const incidents = findIncidents(timestamps, scores, threshold, {
    contributions: contributionSource(detection),
    cooldownMs: detection.cooldownMs,
    suppressed: maintenanceFilter(maintenance),
  });
  return {
    threshold,
    flagged: flaggedCount(scores, threshold),
    // A row has a score exactly when the model read it, whatever the threshold.
    scored: detection.scores.scoredRows.length,
    falseAlarmRate: falseAlarmRate(detection.reference, threshold),
    alarmsPerDay: alarmsPerDay(detection.referenceInOrder, threshold, detection.dataset.meta.intervalMs, detection.cooldownMs),
    metrics: labels ? metricsAtThreshold(scores, labels, threshold) : null,
    events: events.length > 0 ? eventRecall(scores, events, threshold) : null,
    nab: nabOf(detection, incidents, events),
    incidents,
  };
}

/**
 * The normalised NAB score (standard profile) with one alarm per incident, at its start, and the
 * labelled events as NAB's windows: NAB charges every alarm outside a window, and the app alerts
 * once per incident, not once per flagged row.
 */
function nabOf(detection: Detection, incidents: readonly Incident[], events: readonly EventSpan[]): NabResult | null {
  if (events.length === 0) return null;
  const { timestamps } = detection.dataset;
  const windows = events.map((event): NabWindow => [timestamps[event.startIndex], timestamps[event.endIndex]]);
  // No probationary rows: NAB's probation lets an online detector learn, and this model learned before scoring.
  const result = nabScore(timestamps, incidentStartAlarms(timestamps.length, incidents), windows, { probationPercent: 0 });
  return Number.isFinite(result.normalizedScore) ? result : null;
}

/** Labelled events: the generator's, or for imported labels their runs of labelled rows. */
export function eventsOf(detection: Detection): readonly EventSpan[] {
  const { events, labels } = detection.dataset;
  return events.length > 0 ? events : labels ? labelRuns(labels) : [];
}

/** The baselines at their own automatic thresholds against the labels: fixed per scoring, so computed once. */
export function baselineViews(detection: Detection): BaselineView[] {
  const { labels } = detection.dataset;
  if (!labels) return [];
  const events = eventsOf(detection);
  return detection.baselines.map((baseline) => {
    const incidents = findIncidents(detection.dataset.timestamps, baseline.scores, baseline.threshold, { cooldownMs: detection.cooldownMs });
    return {
      id: baseline.id,
      name: baseline.name,
      threshold: baseline.threshold,
      metrics: metricsAtThreshold(baseline.scores, labels, baseline.threshold),
      events: events.length > 0 ? eventRecall(baseline.scores, events, baseline.threshold) : null,
      averagePrecision: baseline.ranking?.averagePrecision ?? null,
      bestF1: baseline.ranking?.bestF1?.f1 ?? null,
      nab: nabOf(detection, incidents, events),
      incidents,
    };
  });
}
