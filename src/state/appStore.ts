import { create } from 'zustand';
import { DEFAULT_CONFIG } from '../core/config';
import type { Dataset, DatasetMeta } from '../shared/dataset';
import type { GeneratorConfig } from '../shared/generatorConfig';
import type { StorageProblem } from '../persistence/storageProblem';
import type { StorageEstimateBytes } from '../persistence/storageQuota';
import { initialIngestJob, type IngestJob } from './ingestJob';
import { initialTrainJob, type TrainJob } from './trainJob';
import { initialDetectJob, type DetectJob } from './detectionJob';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from './trainSettings';
import type { BackendProbe, SavedModelMeta } from '../shared/training';

export type JobStatus = 'idle' | 'running' | 'saving' | 'done' | 'cancelled' | 'failed';

/** What the last generation run measured, for the status line. */
export interface RunSummary {
  rows: number;
  columns: number;
  wallMs: number;
  workerMs: number;
}

export interface GenerationJob {
  status: JobStatus;
  /** Share of rows done, 0..1. */
  progress: number;
  /** Set when status is 'done'. */
  summary: RunSummary | null;
}

/** One message for the single alert outlet. */
export interface AlertMessage {
  id: number;
  message: string;
}

export interface AppState {
  /** Id of the open panel; the UI owns the list of panels. */
  activePanel: string;
  /** Stored datasets, newest first. */
  datasets: DatasetMeta[];
  /** False until the first listing came back, so the UI can tell "none" from "not yet". */
  datasetsLoaded: boolean;
  storage: StorageEstimateBytes | null;
  /** Stored items that cannot be used, kept out of the lists; each can be exported or deleted. */
  storageProblems: StorageProblem[];
  /** The open dataset with its columns. */
  selectedDataset: Dataset | null;
  /** The generator configuration being edited (may be invalid). */
  config: GeneratorConfig;
  /** validateConfig's sentences for `config`; empty when it is valid. */
  configErrors: string[];
  job: GenerationJob;
  /** The Data panel's file import. */
  ingest: IngestJob;
  /** The Train panel's form. */
  trainSettings: TrainSettings;
  training: TrainJob;
  /** Saved models, newest first (meta only, no weights). */
  models: SavedModelMeta[];
  modelsLoaded: boolean;
  /** The Detect panel's scoring and threshold. */
  detect: DetectJob;
  /** What the automatic backend would be here; null until the Train panel first asked. */
  backendProbe: BackendProbe | null;
  /** The model the user picked; its curves show when nothing is training. */
  selectedModelId: string | null;
  /** File names being prepared for download, so a second click waits. */
  pendingDownloads: string[];
  alerts: AlertMessage[];
}

/** The state on first paint, before boot reads IndexedDB. */
export function initialState(): AppState {
  return {
    activePanel: 'generate',
    datasets: [],
    datasetsLoaded: false,
    storage: null,
    storageProblems: [],
    selectedDataset: null,
    config: DEFAULT_CONFIG,
    configErrors: [],
    job: { status: 'idle', progress: 0, summary: null },
    ingest: initialIngestJob(),
    trainSettings: DEFAULT_TRAIN_SETTINGS,
    training: initialTrainJob(),
    models: [],
    modelsLoaded: false,
    selectedModelId: null,
    backendProbe: null,
    detect: initialDetectJob(),
    pendingDownloads: [],
    alerts: [],
  };
}

/** The app's one store; components read it with selectors, actions live in the sibling modules. */
export const useAppStore = create<AppState>()(initialState);

/** True while a run is generating or saving. */
export function isBusy(job: GenerationJob): boolean {
  return job.status === 'running' || job.status === 'saving';
}
