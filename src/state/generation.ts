import { generate } from '../bridge/generatorBridge';
import { validateConfig } from '../core/config';
import { saveDataset } from '../persistence/datasetStore';
import { saveSettings } from '../persistence/settingsStore';
import { ConfigError, isAbortError } from '../shared/errors';
import { reportError } from './alerts';
import { isBusy, useAppStore, type GenerationJob } from './appStore';
import { refreshDatasets, selectSavedDataset } from './datasetActions';

let controller: AbortController | null = null;

function setJob(patch: Partial<GenerationJob>): void {
  useAppStore.setState((state) => ({ job: { ...state.job, ...patch } }));
}

/**
 * Generates a dataset from the configuration being edited, saves it, selects it and refreshes the list.
 * A cancelled or failed run leaves the stored datasets and the selection as they were.
 */
export async function startGeneration(): Promise<void> {
  const { config, job } = useAppStore.getState();
  if (isBusy(job)) return;
  const checked = validateConfig(config);
  if (!checked.config) {
    reportError(new ConfigError(checked.errors));
    return;
  }
  const abort = new AbortController();
  controller = abort;
  setJob({ status: 'running', progress: 0, summary: null });
  saveSettings({ generatorConfig: checked.config }).catch(reportError);
  try {
    const run = await generate(checked.config, {
      signal: abort.signal,
      // Progress messages can arrive after the result, so only a running job listens.
      onProgress: (progress) => {
        if (controller === abort && useAppStore.getState().job.status === 'running') setJob({ progress });
      },
    });
    abort.signal.throwIfAborted();
    setJob({ status: 'saving', progress: 1 });
    const { dataset, wallMs, workerMs } = run;
    await saveDataset(dataset);
    await selectSavedDataset(dataset).catch(reportError);
    await refreshDatasets();
    setJob({
      status: 'done',
      progress: 1,
      summary: { rows: dataset.meta.rowCount, columns: dataset.columns.length, wallMs, workerMs },
    });
  } catch (error) {
    setJob({ status: isAbortError(error) ? 'cancelled' : 'failed', progress: 0 });
    reportError(error);
  } finally {
    if (controller === abort) controller = null;
  }
}

/** Stops a running generation; the worker is terminated and nothing is saved. */
export function cancelGeneration(): void {
  if (useAppStore.getState().job.status === 'running') controller?.abort();
}
