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
}

/**
 * The view and report of `detection` at `threshold` with `maintenance` applied: pure, so the score
 * worker computes it off the main thread and the page computes the same when the worker cannot.
 * `baselines` (fixed per scoring) may be passed when already known.
 */
export function shownView(detection: Detection, threshold: number, maintenance: readonly MaintenanceWindow[], baselines?: BaselineView[]): ShownView {
  const view = detectionView(detection, threshold, maintenance);
  const report = detection.dataset.labels ? evaluationReport(detection, threshold, view, baselines ?? baselineViews(detection)) : null;
  return { threshold, maintenance, view, report };
}
