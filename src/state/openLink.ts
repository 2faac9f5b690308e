import { useAppStore } from './appStore';
import { openDataset } from './datasetActions';
import { selectLinkedIncident, startDetection } from './detection';
import { recallDetectMemory } from './detectionMemory';
import { selectModel } from './modelActions';
import { setActivePanel } from './panels';
import type { ViewLink } from './urlState';

/**
 * Opens the panel, dataset and model a link names where they still exist; otherwise the open
 * dataset (or `fallbackDatasetId`) and the picked model stay. Resolves to the link's incident when
 * the link's dataset and model were both found, else null: its number means nothing for another pair.
 */
export async function selectLinked(link: ViewLink, fallbackDatasetId: string | null): Promise<number | null> {
  if (link.tab) setActivePanel(link.tab);
  const { datasets, models, selectedDataset, selectedModelId } = useAppStore.getState();
  const stored = (id: string | null) => id !== null && datasets.some((meta) => meta.id === id);
  const datasetFound = stored(link.dataset);
  const modelFound = link.model !== null && models.some((model) => model.id === link.model);
  const datasetId = datasetFound ? link.dataset : !selectedDataset && stored(fallbackDatasetId) ? fallbackDatasetId : null;
  if (datasetId && datasetId !== selectedDataset?.meta.id) await openDataset(datasetId);
  if (modelFound && link.model !== selectedModelId) await selectModel(link.model);
  const found = (link.dataset === null || datasetFound) && (link.model === null || modelFound);
  return found ? link.incident : null;
}

/**
 * Brings the detection of the open dataset by the picked model back: on screen already, it only
 * selects `incident`; otherwise it scores again when that pair was scored last or a link names an
 * incident of it.
 */
export async function showDetection(incident: number | null): Promise<void> {
  const { selectedDataset, selectedModelId, detect } = useAppStore.getState();
  if (!selectedDataset || !selectedModelId || detect.status === 'scoring') return;
  const datasetId = selectedDataset.meta.id;
  const { detection } = detect;
  if (detection && detection.dataset.meta.id === datasetId && detection.modelId === selectedModelId) {
    if (incident !== null) selectLinkedIncident(incident);
    return;
  }
  // Re-scored, not stored: 6 months × 15 metrics is 71 MB with each metric's error and expected value, re-scored in ~7 s.
  const { lastScored } = await recallDetectMemory();
  const scoredLast = lastScored?.datasetId === datasetId && lastScored.modelId === selectedModelId;
  if (scoredLast || incident !== null) await startDetection(incident);
}

/** Opens a link pasted into this page's address bar: what it names, then its detection. */
export async function openLink(link: ViewLink): Promise<void> {
  const incident = await selectLinked(link, null);
  await showDetection(incident);
}
