import { ifLockFree, trainingLockName, withLock } from '../persistence/locks';
import { clearTrainingRun, saveSettings, type TrainingRun } from '../persistence/settingsStore';
import { reportNote } from './alerts';
import { useAppStore } from './appStore';

/**
 * Runs a training job under a marker in the settings store and a lock: the marker outlives a tab
 * that dies mid-run, the lock tells other tabs the run is alive. `id` becomes the saved model's id.
 */
export async function asTrainingRun<T>(id: string, datasetName: string, job: () => Promise<T>): Promise<T> {
  return withLock(trainingLockName(id), async () => {
    // Training still runs when the marker cannot be written; only the note after a reload is lost.
    await saveSettings({ trainingRun: { id, datasetName, startedAt: Date.now() } }).catch((error: unknown) => console.warn('Could not mark the training run', error));
    try {
      return await job();
    } finally {
      await clearTrainingRun(id).catch((error: unknown) => console.warn('Could not clear the training run', error));
    }
  });
}

/** At start: says once that a training run was cut off by a reload, unless another tab still runs it or its model was saved. */
export async function noteInterruptedTraining(run: TrainingRun | null): Promise<void> {
  if (!run) return;
  let interrupted = false;
  await ifLockFree(trainingLockName(run.id), async () => {
    await clearTrainingRun(run.id);
    interrupted = !useAppStore.getState().models.some((model) => model.id === run.id);
  });
  if (interrupted) reportNote(`The training on “${run.datasetName}” was interrupted by a reload; nothing was saved.`);
}
