import { retrainRequest } from '../core/feedback/retrainRequest';
import { AppError, ModelNotFoundError } from '../shared/errors';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { startDetection } from './detection';
import { currentView } from './detectionShown';
import { useFeedback, windowsFor, type RetrainState } from './feedbackStore';
import { isTraining } from './trainJob';
import { trainWith } from './training';

function setRetrain(patch: Partial<RetrainState>): void {
  useFeedback.setState((state) => ({ retrain: { ...state.retrain, ...patch } }));
}

/** Incidents on screen now: the current scoring at its threshold, maintenance windows applied. */
function incidentCount(): number | null {
  const { detection, threshold } = useAppStore.getState().detect;
  return detection ? currentView(detection, threshold).view.incidents.length : null;
}

/**
 * "Retrain with feedback": trains a new model with the scoring model's settings on the scored
 * dataset, the rows marked "not an anomaly" joining its training rows and its maintenance windows
 * kept, then scores the same data with it (it becomes the current model) and records how many
 * incidents each model raised.
 */
export async function retrainWithFeedback(): Promise<void> {
  const { detect, trainSettings, models, training } = useAppStore.getState();
  const { detection } = detect;
  const { marks, retrain } = useFeedback.getState();
  if (!detection || retrain.status === 'training' || retrain.status === 'scoring') return;
  if (marks.length === 0) {
    reportError(new AppError('Mark an incident as “Not an anomaly” first: its rows are what the new model learns as normal.'));
    return;
  }
  if (isTraining(training)) {
    reportError(new AppError('A model is training in the Train panel; retrain once it has finished.'));
    return;
  }
  const meta = models.find((model) => model.id === detection.modelId);
  if (!meta) {
    reportError(new ModelNotFoundError(detection.modelId));
    return;
  }
  const before = incidentCount() ?? 0;
  setRetrain({ status: 'training', before, after: null, modelName: null });
  const request = retrainRequest(meta, detection.dataset, marks, trainSettings.backend);
  const saved = await trainWith(detection.dataset, request, { maintenance: [...windowsFor(detection)] });
  if (!saved) {
    setRetrain({ status: 'failed' });
    return;
  }
  setRetrain({ status: 'scoring', modelName: saved.name });
  await startDetection();
  const now = useAppStore.getState().detect.detection;
  const after = now?.modelId === saved.id && now.dataset.meta.id === detection.dataset.meta.id ? incidentCount() : null;
  setRetrain(after === null ? { status: 'failed' } : { status: 'done', after });
}
