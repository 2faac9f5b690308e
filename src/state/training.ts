import { probeBackend, train } from '../bridge/trainBridge';
import { loadMarks } from '../persistence/feedbackStore';
import { saveModel } from '../persistence/modelStore';
import { saveSettings } from '../persistence/settingsStore';
import type { Dataset } from '../shared/dataset';
import { ConfigError, isAbortError } from '../shared/errors';
import type { SavedModelMeta, TrainRequest, TrainResult } from '../shared/training';
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

/** What a new model takes over beside its training: the maintenance windows of the model it follows. */
export type ModelExtras = Pick<SavedModelMeta, 'maintenance'>;

function savedMeta(id: string, dataset: Dataset, result: TrainResult, request: TrainRequest, extras: ModelExtras): SavedModelMeta {
  return {
    id,
    name: modelName(dataset),
    createdAt: Date.now(),
    datasetId: dataset.meta.id,
    datasetName: dataset.meta.name,
    config: request.config,
    preprocessing: result.preprocessing,
    history: result.history,
    backend: result.backend,
    options: request.preprocess,
    ...(result.feedbackRows ? { feedbackRows: result.feedbackRows } : {}),
    ...(extras.maintenance?.length ? { maintenance: extras.maintenance } : {}),
  };
}

/** The picked model's windows when it was trained on this dataset: a new model of the same server keeps them. */
function inheritedExtras(dataset: Dataset): ModelExtras {
  const { models, selectedModelId } = useAppStore.getState();
  const current = models.find((model) => model.id === selectedModelId);
  return current?.datasetId === dataset.meta.id && current.maintenance ? { maintenance: current.maintenance } : {};
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
  // Rows marked "not an anomaly" in Detect join the training rows; unreadable feedback is reported there.
  const { marks } = await loadMarks(dataset.meta.id).catch((error: unknown) => {
    console.warn('Could not read the feedback; training without it', error);
    return { marks: [] };
  });
  await trainWith(dataset, { ...trainRequest(settings, dataset), feedback: marks }, inheritedExtras(dataset));
}

/**
 * Trains on `dataset` with a request made elsewhere (the Train panel's, or "Retrain with feedback"),
 * showing progress in the Train panel; saves and picks the model. Resolves to its meta, or null when
 * the run failed (reported) or was cancelled, or another run is under way.
 */
export async function trainWith(dataset: Dataset, request: TrainRequest, extras: ModelExtras = {}): Promise<SavedModelMeta | null> {
  if (isTraining(useAppStore.getState().training)) return null;
  const abort = new AbortController();
  controller = abort;
  useAppStore.setState({ training: { ...initialTrainJob(), status: 'preparing', datasetName: dataset.meta.name } });
  // The saved model's id names the run too, so a reload can tell a saved run from a lost one.
  const modelId = crypto.randomUUID();
  return asTrainingRun(modelId, dataset.meta.name, () => runTraining(modelId, dataset, request, extras, abort));
}

async function runTraining(modelId: string, dataset: Dataset, request: TrainRequest, extras: ModelExtras, abort: AbortController): Promise<SavedModelMeta | null> {
  try {
    const result = await train(
      dataset,
      request,
      (update) => {
        // Reports can still arrive after a cancel; only the live run listens.
        if (controller === abort && !abort.signal.aborted) useAppStore.setState((state) => ({ training: withUpdate(state.training, update) }));
      },
      abort.signal,
    );
    abort.signal.throwIfAborted();
    setJob({ status: 'saving' });
    const meta = savedMeta(modelId, dataset, result, request, extras);
    await saveModel(meta, result.artifacts, result.errors, result.baselines);
    await refreshModels();
    await selectModel(meta.id);
    setJob({ status: 'done', history: result.history, savedModelName: meta.name });
    return meta;
  } catch (error) {
    setJob({ status: isAbortError(error) ? 'cancelled' : 'failed' });
    reportError(error);
    return null;
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
