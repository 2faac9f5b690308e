import { deleteDataset, loadDataset, renameDataset, scanDatasets } from '../persistence/datasetStore';
import { saveSettings } from '../persistence/settingsStore';
import { storageEstimate } from '../persistence/storageQuota';
import type { Dataset } from '../shared/dataset';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { withProblems } from './quarantine';

// Only the latest open request may select a dataset, however the loads finish.
let openRequest = 0;

/** Re-reads the dataset list (meta records only, checked) and the storage estimate; broken datasets go to the problem list. */
export async function refreshDatasets(): Promise<void> {
  const [scan, storage] = await Promise.all([
    scanDatasets(),
    storageEstimate().catch((error: unknown) => {
      console.warn('Storage estimate failed', error);
      return null;
    }),
  ]);
  useAppStore.setState((state) => ({ ...withProblems({ ...state, datasets: scan.items }, scan.problems), datasetsLoaded: true, storage }));
}

/** Loads a stored dataset with its columns, selects it and remembers the choice. */
export async function openDataset(id: string): Promise<void> {
  const request = ++openRequest;
  try {
    const dataset = await loadDataset(id);
    if (request !== openRequest) return;
    useAppStore.setState({ selectedDataset: dataset });
    await saveSettings({ selectedDatasetId: id });
  } catch (error) {
    reportError(error);
  }
}

/** Deletes a stored dataset; deleting the open one leaves nothing selected. */
export async function removeDataset(id: string): Promise<void> {
  try {
    await deleteDataset(id);
    if (useAppStore.getState().selectedDataset?.meta.id === id) {
      openRequest++;
      useAppStore.setState({ selectedDataset: null });
      await saveSettings({ selectedDatasetId: null });
    }
    await refreshDatasets();
  } catch (error) {
    reportError(error);
  }
}

/** Makes a freshly saved dataset the selected one without reading it back. */
export async function selectSavedDataset(dataset: Dataset): Promise<void> {
  openRequest++;
  useAppStore.setState({ selectedDataset: dataset });
  await saveSettings({ selectedDatasetId: dataset.meta.id });
}

/** Renames a stored dataset (and the open copy, when it is the one); an empty name changes nothing. */
export async function renameStoredDataset(id: string, name: string): Promise<boolean> {
  const trimmed = name.trim();
  if (trimmed === '') return false;
  try {
    const meta = await renameDataset(id, trimmed);
    useAppStore.setState((state) => ({
      datasets: state.datasets.map((item) => (item.id === id ? meta : item)),
      selectedDataset: state.selectedDataset?.meta.id === id ? { ...state.selectedDataset, meta } : state.selectedDataset,
    }));
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}
