import { deleteModel, listModels, renameModel } from '../persistence/modelStore';
import { saveSettings } from '../persistence/settingsStore';
import { reportError } from './alerts';
import { useAppStore } from './appStore';

/** Re-reads the saved models (meta records only, never weights). */
export async function refreshModels(): Promise<void> {
  const models = await listModels();
  useAppStore.setState((state) => ({
    models,
    modelsLoaded: true,
    selectedModelId: models.some((model) => model.id === state.selectedModelId) ? state.selectedModelId : null,
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
