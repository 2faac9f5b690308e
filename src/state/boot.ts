import { validateConfig } from '../core/config';
import { loadSettings } from '../persistence/settingsStore';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { setConfig } from './configActions';
import { refreshDatasets } from './datasetActions';
import { currentLink, startHashSync } from './hashSync';
import { refreshModels } from './modelActions';
import { openLink, selectLinked, showDetection } from './openLink';
import { setActivePanel } from './panels';
import { runStorageCheck } from './storageProblems';
import { noteInterruptedTraining } from './trainingRun';
import { restoreTrainSettings } from './trainSettings';

/**
 * Boot: restores the last generator configuration and training settings, checks the storage, lists
 * the stored datasets and models (broken ones go to Storage problems), says whether a reload cut a
 * training run off, and opens what the address bar's link names (panel, dataset, model), else the
 * dataset and model picked last. Then the hash follows the app, and the last detection of that
 * dataset and model is scored again with the link's incident selected.
 */
export async function loadInitialState(): Promise<void> {
  const link = currentLink();
  if (link.tab) setActivePanel(link.tab);
  let incident: number | null = null;
  try {
    const settings = await loadSettings();
    // A configuration saved by an older version may no longer pass; then the defaults stay.
    const restored = settings.generatorConfig === null ? null : validateConfig(settings.generatorConfig).config;
    setConfig(restored ?? useAppStore.getState().config);
    useAppStore.setState({ trainSettings: restoreTrainSettings(settings.trainSettings), selectedModelId: settings.selectedModelId });
    await Promise.all([runStorageCheck(), refreshDatasets(), refreshModels()]);
    await noteInterruptedTraining(settings.trainingRun);
    incident = await selectLinked(link, settings.selectedDatasetId);
  } catch (error) {
    useAppStore.setState({ datasetsLoaded: true, modelsLoaded: true });
    reportError(error);
  }
  // Only now, so the link stays in the address bar while what it names is loading.
  startHashSync((next) => void openLink(next));
  await showDetection(incident);
}
