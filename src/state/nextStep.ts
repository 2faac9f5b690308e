import type { AppState } from './appStore';

/** Where a finished job points a newcomer: the panel to open and the button's words. */
export interface NextStep {
  panel: string;
  label: string;
}

// Constants, so a selector returning one keeps the same reference between renders.
const TO_TRAIN: NextStep = { panel: 'train', label: 'Next: train a model in Train' };
const TO_DETECT: NextStep = { panel: 'detect', label: 'Next: find anomalies in Detect' };
const TO_LIVE: NextStep = { panel: 'live', label: 'Next: score a live stream in Live' };

/** The step after the job of `panel`, once that job has finished in this session; null before. */
export function nextStepAfter(panel: string, state: AppState): NextStep | null {
  switch (panel) {
    case 'generate':
      return state.job.status === 'done' ? TO_TRAIN : null;
    case 'data':
      return state.ingest.status === 'done' ? TO_TRAIN : null;
    case 'train':
      return state.training.status === 'done' ? TO_DETECT : null;
    case 'detect':
      return state.detect.status === 'done' && state.detect.detection ? TO_LIVE : null;
    default:
      return null;
  }
}
