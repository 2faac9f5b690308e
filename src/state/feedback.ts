import { mergeWindows } from '../core/feedback/maintenance';
import { withMark, withoutMark } from '../core/feedback/marks';
import type { Incident } from '../core/detection/incidents';
import { loadMarks, updateMarks } from '../persistence/feedbackStore';
import { setModelMaintenance } from '../persistence/modelStore';
import { StorageError } from '../shared/errors';
import type { MaintenanceWindow, NotAnomalyMark } from '../shared/feedback';
import type { SavedModelMeta } from '../shared/training';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { useFeedback } from './feedbackStore';

/**
 * Shows a scoring's feedback: the model's maintenance windows at once (they decide which incidents
 * exist), the dataset's marks once read. A damaged feedback record is reported and reads as none.
 */
export async function loadFeedback(datasetId: string, datasetName: string, meta: Pick<SavedModelMeta, 'id' | 'maintenance'>): Promise<void> {
  const sameDataset = useFeedback.getState().datasetId === datasetId;
  useFeedback.setState({ modelId: meta.id, maintenance: meta.maintenance ?? [], datasetId, ...(sameDataset ? {} : { marks: [] }) });
  try {
    const { marks, problem } = await loadMarks(datasetId);
    if (useFeedback.getState().datasetId !== datasetId) return;
    useFeedback.setState({ marks });
    if (problem) reportError(new StorageError(`The feedback stored for “${datasetName}” cannot be read (${problem}); it is ignored, and the next mark replaces it.`));
  } catch (error) {
    reportError(error);
  }
}

/** Changes the scored dataset's marks, on screen and in storage. */
export async function changeMarks(edit: (marks: NotAnomalyMark[]) => NotAnomalyMark[]): Promise<void> {
  const { datasetId, marks } = useFeedback.getState();
  if (!datasetId) return;
  useFeedback.setState({ marks: edit(marks) });
  try {
    const stored = await updateMarks(datasetId, edit);
    if (useFeedback.getState().datasetId === datasetId) useFeedback.setState({ marks: stored });
  } catch (error) {
    reportError(error);
  }
}

/** "Not an anomaly": the incident's rows join the training rows of the next training on this dataset. */
export function markNotAnomaly(incident: Pick<Incident, 'start' | 'end'>): Promise<void> {
  return changeMarks((marks) => withMark(marks, incident.start, incident.end, Date.now()));
}

/** Takes a "not an anomaly" mark back. */
export function unmarkNotAnomaly(mark: Pick<NotAnomalyMark, 'start' | 'end'>): Promise<void> {
  return changeMarks((marks) => withoutMark(marks, mark.start, mark.end));
}

/** Replaces the scoring model's maintenance windows, on screen and in the model's record (so its bundle carries them). */
export async function setMaintenance(windows: MaintenanceWindow[]): Promise<void> {
  const { modelId } = useFeedback.getState();
  if (!modelId) return;
  // Incident numbers change when windows do, so a shown incident would point at another.
  useAppStore.setState((state) => ({ detect: { ...state.detect, selectedIncident: null } }));
  useFeedback.setState({ maintenance: windows });
  try {
    const meta = await setModelMaintenance(modelId, windows);
    useAppStore.setState((state) => ({ models: state.models.map((model) => (model.id === meta.id ? meta : model)) }));
  } catch (error) {
    reportError(error);
  }
}

/** Adds a window unless the same one is there. */
export function addMaintenanceWindow(window: MaintenanceWindow): Promise<void> {
  return setMaintenance(mergeWindows(useFeedback.getState().maintenance, [window]));
}

/** Deletes the window at `index`. */
export function removeMaintenanceWindow(index: number): Promise<void> {
  return setMaintenance(useFeedback.getState().maintenance.filter((_, i) => i !== index));
}

/** "Expected (maintenance)": a one-off window over the incident's rows, so it raises no alarm any more. */
export function markMaintenance(incident: Pick<Incident, 'start' | 'end'>, intervalMs: number): Promise<void> {
  return addMaintenanceWindow({ kind: 'once', start: incident.start, end: incident.end + Math.max(1, intervalMs) });
}
