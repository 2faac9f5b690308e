import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { GeneratorConfig } from '../shared/generatorConfig';
import { finite, isPlainObject, shape, text } from './recordChecks';

/** Bump when the settings record changes shape. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** What the app remembers between visits. */
export interface Settings {
  /** Last configuration used to generate; raw, because it is validated again on load. */
  generatorConfig: unknown;
  selectedDatasetId: string | null;
  /** The Train panel's form; raw, because it is checked field by field on load. */
  trainSettings: unknown;
  selectedModelId: string | null;
  /** Set while a training run is in progress, so a reload that cut it off can say so. */
  trainingRun: TrainingRun | null;
}

/** A training run in progress: its id names its lock, its dataset names it for the user. */
export interface TrainingRun {
  id: string;
  datasetName: string;
  startedAt: number;
}

// Fields added after version 1 shipped may be absent from a stored record.
type LaterFields = 'trainSettings' | 'selectedModelId' | 'trainingRun';

interface SettingsRecord extends Omit<Settings, LaterFields>, Partial<Pick<Settings, LaterFields>> {
  version: typeof SETTINGS_SCHEMA_VERSION;
}

const KEY = 'settings';
const EMPTY: Settings = { generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null, trainingRun: null };

let store: UseStore | undefined;

/** The IndexedDB store holding the one settings record. */
export function settingsStore(): UseStore {
  return (store ??= createStore('metrics-anomaly-analyzer-settings', 'records'));
}

const RUN = shape({ id: text, datasetName: text, startedAt: finite });

/** The remembered settings, or empty ones on first visit or after a schema change; a field of the wrong type reads as unset. */
export async function loadSettings(): Promise<Settings> {
  const record = await get<unknown>(KEY, settingsStore());
  if (!isPlainObject(record) || record.version !== SETTINGS_SCHEMA_VERSION) return { ...EMPTY };
  // Records written before training existed lack its fields; checked here, the rest is checked where it is used.
  return {
    generatorConfig: record.generatorConfig ?? null,
    selectedDatasetId: idOrNull(record.selectedDatasetId),
    trainSettings: record.trainSettings ?? null,
    selectedModelId: idOrNull(record.selectedModelId),
    trainingRun: RUN(record.trainingRun) === null ? (record.trainingRun as TrainingRun) : null,
  };
}

function idOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The settings a caller may change; stored values are typed, loaded ones are checked. */
export interface SettingsPatch {
  generatorConfig?: GeneratorConfig;
  selectedDatasetId?: string | null;
  trainSettings?: object;
  selectedModelId?: string | null;
  trainingRun?: TrainingRun | null;
}

/** Changes some settings in one read-modify-write transaction. */
export async function saveSettings(patch: SettingsPatch): Promise<void> {
  await update<SettingsRecord>(
    KEY,
    (old) => {
      const base = old && old.version === SETTINGS_SCHEMA_VERSION ? old : { ...EMPTY, version: SETTINGS_SCHEMA_VERSION };
      return { ...base, ...patch, version: SETTINGS_SCHEMA_VERSION };
    },
    settingsStore(),
  );
}

/** Forgets a training run once it ended, unless another run (another tab's) has replaced it meanwhile. */
export async function clearTrainingRun(id: string): Promise<void> {
  await update<SettingsRecord>(
    KEY,
    (old) => {
      const base: SettingsRecord = old && old.version === SETTINGS_SCHEMA_VERSION ? old : { ...EMPTY, version: SETTINGS_SCHEMA_VERSION };
      return base.trainingRun?.id === id ? { ...base, trainingRun: null } : base;
    },
    settingsStore(),
  );
}
