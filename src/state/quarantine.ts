import { saveSettings } from '../persistence/settingsStore';
import { problemKey, type StorageProblem } from '../persistence/storageProblem';
import { useAppStore, type AppState } from './appStore';

type ProblemFields = Pick<AppState, 'storageProblems' | 'datasets' | 'models' | 'selectedDataset' | 'selectedModelId'>;

/**
 * The state with `problems` listed (a newer report of the same item replaces the older) and every
 * listed item kept out of the dataset and model lists and the selection.
 */
export function withProblems(state: ProblemFields, problems: readonly StorageProblem[]): ProblemFields {
  const byKey = new Map(state.storageProblems.map((problem) => [problemKey(problem), problem]));
  for (const problem of problems) byKey.set(problemKey(problem), problem);
  const broken = (kind: StorageProblem['kind'], id: string) => byKey.has(problemKey({ kind, id }));
  const dataset = state.selectedDataset;
  return {
    storageProblems: [...byKey.values()],
    datasets: state.datasets.filter((meta) => !broken('dataset', meta.id)),
    models: state.models.filter((meta) => !broken('model', meta.id)),
    selectedDataset: dataset && broken('dataset', dataset.meta.id) ? null : dataset,
    selectedModelId: state.selectedModelId !== null && broken('model', state.selectedModelId) ? null : state.selectedModelId,
  };
}

/** Lists broken stored items and keeps them from the rest of the app; a broken pick is forgotten, so the next start does not reopen it. */
export function addStorageProblems(problems: readonly StorageProblem[]): void {
  if (problems.length === 0) return;
  const before = useAppStore.getState();
  useAppStore.setState((state) => withProblems(state, problems));
  const after = useAppStore.getState();
  const forget = {
    ...(before.selectedDataset && !after.selectedDataset ? { selectedDatasetId: null } : {}),
    ...(before.selectedModelId !== null && after.selectedModelId === null ? { selectedModelId: null } : {}),
  };
  if (Object.keys(forget).length > 0) saveSettings(forget).catch((error: unknown) => console.warn('Could not forget the broken pick', error));
}

/** Lists one broken stored item found while reading it. */
export function quarantine(problem: StorageProblem): void {
  addStorageProblems([problem]);
}

/** Takes an item off the problem list once its records are gone. */
export function dropStorageProblem(problem: StorageProblem): void {
  const key = problemKey(problem);
  useAppStore.setState((state) => ({ storageProblems: state.storageProblems.filter((item) => problemKey(item) !== key) }));
}
