import { validateConfig } from '../core/config';
import { loadSettings } from '../persistence/settingsStore';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { setConfig } from './configActions';
import { openDataset, refreshDatasets } from './datasetActions';
import { refreshModels } from './modelActions';
import { runStorageCheck } from './storageProblems';
import { noteInterruptedTraining } from './trainingRun';
import { restoreTrainSettings } from './trainSettings';

/**
 * Boot: restores the last generator configuration and training settings, checks the storage, lists
 * the stored datasets and models (broken ones go to Storage problems), reopens the dataset and
 * model picked last, and says whether a reload cut a training run off.
 */
export async function loadInitialState(): Promise<void> {
  try {
    const settings = await loadSettings();
    // A configuration saved by an older version may no longer pass; then the defaults stay.
    const restored = settings.generatorConfig === null ? null : validateConfig(settings.generatorConfig).config;
    setConfig(restored ?? useAppStore.getState().config);
    useAppStore.setState({ trainSettings: restoreTrainSettings(settings.trainSettings), selectedModelId: settings.selectedModelId });
    await Promise.all([runStorageCheck(), refreshDatasets(), refreshModels()]);
    await noteInterruptedTraining(settings.trainingRun);
    const id = settings.selectedDatasetId;
    const { datasets, selectedDataset } = useAppStore.getState();
    if (id && !selectedDataset && datasets.some((meta) => meta.id === id)) await openDataset(id);
  } catch (error) {
    useAppStore.setState({ datasetsLoaded: true, modelsLoaded: true });
    reportError(error);
  }
}
