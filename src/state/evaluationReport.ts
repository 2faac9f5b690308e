import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { currentView } from './detectionShown';
import { saveFile } from './saveFile';

// The pure report lives in evaluationFigures (the score worker computes it); the lab and bench import it from here.
export { evaluationReport, type EvaluationReport } from './evaluationFigures';

export const EVALUATION_FILE = 'evaluation.json';

/** Downloads `evaluation.json` for the current scoring and threshold. */
export function downloadEvaluationReport(): void {
  const { detection, threshold } = useAppStore.getState().detect;
  if (!detection) return;
  try {
    const { report } = currentView(detection, threshold);
    if (!report) return;
    saveFile(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }), EVALUATION_FILE);
  } catch (error) {
    reportError(error);
  }
}
