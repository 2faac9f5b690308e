import type { Incident } from '../core/detection/incidents';
import { describeRule } from '../core/detection/thresholds';
import { incidentFigures } from '../core/evaluation/incidentMatch';
import { detectorFigures, type DetectorFigures } from '../core/evaluation/report';
import { APP_VERSION } from '../shared/appVersion';
import type { Detection } from './detectionJob';
import { baselineViews, detectionView, eventsOf, type BaselineView, type DetectionView } from './detectionView';

/** What `evaluation.json` holds: the detector and its baselines against the labels, at the current threshold. */
export interface EvaluationReport {
  app_version: string;
  dataset: { name: string; rows: number; scored_rows: number; labelled_rows: number; events: number };
  model: { name: string };
  threshold: { value: number; automatic: number; rule: string };
  detector: DetectorFigures;
  /** Each baseline at its own automatic threshold by the same rule; null for an imported model, which carries none. */
  pca: DetectorFigures | null;
  zscore: DetectorFigures | null;
  /** The detector's event recall per anomaly type (generated data) or for the labelled runs. */
  events_by_type: { type: string; events: number; detected: number; recall: number | null }[];
}

/**
 * The evaluation report of `detection` at `threshold`, or null when the dataset has no labels. A caller
 * that already has the view at this threshold, or the baselines' views (fixed per scoring), passes them.
 */
export function evaluationReport(detection: Detection, threshold: number, known?: DetectionView, knownBaselines?: BaselineView[]): EvaluationReport | null {
  const { dataset, scores } = detection;
  if (!dataset.labels) return null;
  const view = known?.threshold === threshold ? known : detectionView(detection, threshold);
  if (!view.metrics) return null;
  const events = eventsOf(detection);
  const { scoredRows } = scores;
  // False alarms per day count the days the model scored, not rows it could not read.
  const span = scoredRows.length > 0 ? { first: scoredRows[0], last: scoredRows[scoredRows.length - 1] } : undefined;
  const incidents = (found: readonly Incident[]) => incidentFigures(found, events, dataset.timestamps, span);
  const baselines = knownBaselines ?? baselineViews(detection);
  const baseline = (id: 'pca' | 'zscore'): DetectorFigures | null => {
    const found = baselines.find((b) => b.id === id);
    return found ? detectorFigures({ ...found, incidents: incidents(found.incidents) }) : null;
  };
  let labelled = 0;
  for (const label of dataset.labels) if (label !== 0) labelled++;
  return {
    app_version: APP_VERSION,
    dataset: { name: dataset.meta.name, rows: dataset.timestamps.length, scored_rows: view.scored, labelled_rows: labelled, events: events.length },
    model: { name: detection.modelName },
    threshold: { value: threshold, automatic: detection.autoThreshold, rule: describeRule(detection.rule) },
    detector: detectorFigures({
      metrics: view.metrics,
      events: view.events,
      averagePrecision: scores.ranking?.averagePrecision ?? null,
      bestF1: scores.ranking?.bestF1?.f1 ?? null,
      nab: view.nab,
      incidents: incidents(view.incidents),
    }),
    pca: baseline('pca'),
    zscore: baseline('zscore'),
    events_by_type: (view.events?.byType ?? []).map((r) => ({ type: r.type, events: r.events, detected: r.detected, recall: Number.isFinite(r.recall) ? r.recall : null })),
  };
}
