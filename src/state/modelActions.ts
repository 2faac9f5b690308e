import { deleteModel, renameModel, scanModels } from '../persistence/modelStore';
import { saveSettings } from '../persistence/settingsStore';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { rememberThreshold } from './detectionMemory';
import { withProblems } from './quarantine';

/** Re-reads the saved models (meta records only, checked, never weights); broken models go to the problem list. */
export async function refreshModels(): Promise<void> {
  const { items: models, problems } = await scanModels();
  useAppStore.setState((state) => ({
    ...withProblems({ ...state, models, selectedModelId: models.some((model) => model.id === state.selectedModelId) ? state.selectedModelId : null }, problems),
    modelsLoaded: true,
  }));
}

/** Picks a saved model and remembers the choice. */
export async function selectModel(id: string | null): Promise<void> {
  useAppStore.setState({ selectedModelId: id });
  await saveSettings({ selectedModelId: id }).catch(reportError);
}

/** Deletes a saved model; deleting the picked one leaves none picked. */
export async function removeModel(id: string): Promise<void> {
  try {
    await deleteModel(id);
    rememberThreshold(id, null);
    if (useAppStore.getState().selectedModelId === id) await selectModel(null);
    await refreshModels();
  } catch (error) {
    reportError(error);
  }
}

/** Renames a saved model; an empty name changes nothing. Resolves true when the name was stored. */
export async function renameStoredModel(id: string, name: string): Promise<boolean> {
  const trimmed = name.trim();
  if (trimmed === '') return false;
  try {
    const meta = await renameModel(id, trimmed);
    useAppStore.setState((state) => ({ models: state.models.map((model) => (model.id === id ? meta : model)) }));
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}
