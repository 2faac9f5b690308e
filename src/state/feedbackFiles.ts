import { mergeWindows } from '../core/feedback/maintenance';
import { mergeMarks } from '../core/feedback/marks';
import { readFeedbackJson, writeFeedbackJson } from '../core/feedback/feedbackJson';
import { reportError, reportNote } from './alerts';
import { useAppStore } from './appStore';
import { changeMarks, setMaintenance } from './feedback';
import { useFeedback } from './feedbackStore';
import { saveFile } from './saveFile';

/** "server-1 · 1 mo" → "server-1-1-mo-feedback.json". */
export function feedbackFileName(datasetName: string): string {
  const stem = datasetName.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem ? `${stem}-` : ''}feedback.json`;
}

/** Downloads the scored dataset's marks and the scoring model's maintenance windows as one JSON file. */
export function exportFeedback(): void {
  const { detection } = useAppStore.getState().detect;
  if (!detection) return;
  const { marks, maintenance } = useFeedback.getState();
  const name = detection.dataset.meta.name;
  const text = writeFeedbackJson({ datasetName: name, modelName: detection.modelName, notAnomalies: marks, maintenance }, Date.now());
  saveFile(new Blob([`${text}\n`], { type: 'application/json' }), feedbackFileName(name));
}

/**
 * Reads a feedback file and adds its marks to the scored dataset's and its windows to the scoring
 * model's (each once). A bad file changes nothing and gets one message naming it and what is wrong.
 */
export async function importFeedback(file: File): Promise<void> {
  try {
    if (!useAppStore.getState().detect.detection) return;
    const imported = readFeedbackJson(await file.text(), file.name);
    await changeMarks((marks) => mergeMarks(marks, imported.notAnomalies));
    await setMaintenance(mergeWindows(useFeedback.getState().maintenance, imported.maintenance));
    const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
    reportNote(`Imported ${count(imported.notAnomalies.length, '“not an anomaly” mark')} and ${count(imported.maintenance.length, 'maintenance window')} from “${file.name}”.`);
  } catch (error) {
    reportError(error);
  }
}
