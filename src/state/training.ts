import { probeBackend, train } from '../bridge/trainBridge';
import { saveModel } from '../persistence/modelStore';
import { saveSettings } from '../persistence/settingsStore';
import type { Dataset } from '../shared/dataset';
import { ConfigError, isAbortError } from '../shared/errors';
import type { SavedModelMeta, TrainResult } from '../shared/training';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { refreshModels, selectModel } from './modelActions';
import { initialTrainJob, isTraining, withUpdate, type TrainJob } from './trainJob';
import { trainProblems, trainRequest, type TrainSettings } from './trainSettings';
import { asTrainingRun } from './trainingRun';

let controller: AbortController | null = null;

function setJob(patch: Partial<TrainJob>): void {
  useAppStore.setState((state) => ({ training: { ...state.training, ...patch } }));
}

/** Changes some of the Train panel's settings and remembers them for the next visit. */
export function setTrainSettings(patch: Partial<TrainSettings>): void {
  const trainSettings = { ...useAppStore.getState().trainSettings, ...patch };
  useAppStore.setState({ trainSettings });
  saveSettings({ trainSettings }).catch(reportError);
}

/** "server-1 · 6 mo … · model 2": the dataset's name and how many models were trained on it. */
function modelName(dataset: Dataset): string {
  const earlier = useAppStore.getState().models.filter((model) => model.datasetId === dataset.meta.id).length;
  return `${dataset.meta.name} · model ${earlier + 1}`;
}

function savedMeta(id: string, dataset: Dataset, result: TrainResult, settings: TrainSettings): SavedModelMeta {
  return {
    id,
    name: modelName(dataset),
    createdAt: Date.now(),
    datasetId: dataset.meta.id,
    datasetName: dataset.meta.name,
    config: settings.config,
    preprocessing: result.preprocessing,
    history: result.history,
    backend: result.backend,
  };
}

/**
 * Trains a model on the open dataset in a worker, saves it and picks it. A cancelled or failed run
 * saves nothing, so the models stored before stay as they were.
 */
export async function startTraining(): Promise<void> {
  const { selectedDataset: dataset, trainSettings: settings, training } = useAppStore.getState();
  if (isTraining(training)) return;
  const problems = trainProblems(settings, dataset);
  if (!dataset || problems.length > 0) {
    reportError(new ConfigError(problems, 'The model cannot be trained yet'));
    return;
  }
  const abort = new AbortController();
  controller = abort;
  useAppStore.setState({ training: { ...initialTrainJob(), status: 'preparing', datasetName: dataset.meta.name } });
  // The saved model's id names the run too, so a reload can tell a saved run from a lost one.
  const modelId = crypto.randomUUID();
  await asTrainingRun(modelId, dataset.meta.name, () => runTraining(modelId, dataset, settings, abort));
}

async function runTraining(modelId: string, dataset: Dataset, settings: TrainSettings, abort: AbortController): Promise<void> {
  try {
    const result = await train(
      dataset,
      trainRequest(settings, dataset),
      (update) => {
        // Reports can still arrive after a cancel; only the live run listens.
        if (controller === abort && !abort.signal.aborted) useAppStore.setState((state) => ({ training: withUpdate(state.training, update) }));
      },
      abort.signal,
    );
    abort.signal.throwIfAborted();
    setJob({ status: 'saving' });
    const meta = savedMeta(modelId, dataset, result, settings);
    await saveModel(meta, result.artifacts, result.errors, result.baselines);
    await refreshModels();
    await selectModel(meta.id);
    setJob({ status: 'done', history: result.history, savedModelName: meta.name });
  } catch (error) {
    setJob({ status: isAbortError(error) ? 'cancelled' : 'failed' });
    reportError(error);
  } finally {
    if (controller === abort) controller = null;
  }
}

/** Stops training: the worker is terminated and nothing is saved. Saving, once begun, finishes. */
export function cancelTraining(): void {
  const { status } = useAppStore.getState().training;
  if (status === 'preparing' || status === 'running') controller?.abort();
}

let probing = false;

/** Finds out once what the automatic backend would be here, for the Backend field's hint. */
export async function probeBackendOnce(): Promise<void> {
  if (probing || useAppStore.getState().backendProbe) return;
  probing = true;
  try {
    useAppStore.setState({ backendProbe: await probeBackend() });
  } catch (error) {
    // Only a hint: training still works, and says which backend it used.
    console.warn('The backend probe failed', error);
  } finally {
    probing = false;
  }
}
