import { swimlane, type SwimlaneCell } from '../core/detection/swimlane';
import type { MaintenanceWindow } from '../shared/feedback';
import type { Detection } from './detectionJob';
import { baselineViews, detectionView, type BaselineView, type DetectionView } from './detectionView';
import { evaluationReport, type EvaluationReport } from './evaluationFigures';

/** What Detect shows for one threshold and set of maintenance windows: the view and its evaluation report. */
export interface ShownView {
  threshold: number;
  maintenance: readonly MaintenanceWindow[];
  view: DetectionView;
  /** The detector beside its baselines against the labels; null without labels. */
  report: EvaluationReport | null;
  /** The whole scoring as SWIMLANE_CELLS spans of time coloured at this threshold (Detect's overview strip). */
  swimlane: SwimlaneCell[];
}

/** M4 buckets of the score chart: four points each, about two per pixel of an 800 px plot; more add path length without a visible difference. */
export const SCORE_CHART_BUCKETS = 400;

/** Cells across the swimlane: about one per 6 px of a wide chart, coarse enough to read at a glance. */
export const SWIMLANE_CELLS = 120;

/**
 * The view and report of `detection` at `threshold` with `maintenance` applied: pure, so the score
 * worker computes it off the main thread and the page computes the same when the worker cannot.
 * `baselines` (fixed per scoring) may be passed when already known.
 */
export function shownView(detection: Detection, threshold: number, maintenance: readonly MaintenanceWindow[], baselines?: BaselineView[]): ShownView {
  const view = detectionView(detection, threshold, maintenance);
  const report = detection.dataset.labels ? evaluationReport(detection, threshold, view, baselines ?? baselineViews(detection)) : null;
  const { timestamps, meta } = detection.dataset;
  const end = timestamps.length > 0 ? timestamps[timestamps.length - 1] + meta.intervalMs : 0;
  return { threshold, maintenance, view, report, swimlane: swimlane(timestamps, detection.scores.rowScores, threshold, SWIMLANE_CELLS, end) };
}
