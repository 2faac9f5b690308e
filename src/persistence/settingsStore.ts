import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { GeneratorConfig } from '../shared/generatorConfig';

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
}

// Fields added after version 1 shipped may be absent from a stored record.
type LaterFields = 'trainSettings' | 'selectedModelId';

interface SettingsRecord extends Omit<Settings, LaterFields>, Partial<Pick<Settings, LaterFields>> {
  version: typeof SETTINGS_SCHEMA_VERSION;
}

const KEY = 'settings';
const EMPTY: Settings = { generatorConfig: null, selectedDatasetId: null, trainSettings: null, selectedModelId: null };

let store: UseStore | undefined;

/** The IndexedDB store holding the one settings record. */
export function settingsStore(): UseStore {
  return (store ??= createStore('metrics-anomaly-analyzer-settings', 'records'));
}

/** The remembered settings, or empty ones on first visit or after a schema change. */
export async function loadSettings(): Promise<Settings> {
  const record = await get<SettingsRecord>(KEY, settingsStore());
  if (!record || record.version !== SETTINGS_SCHEMA_VERSION) return { ...EMPTY };
  // Records written before training existed lack its two fields.
  return {
    generatorConfig: record.generatorConfig,
    selectedDatasetId: record.selectedDatasetId,
    trainSettings: record.trainSettings ?? null,
    selectedModelId: record.selectedModelId ?? null,
  };
}

/** The settings a caller may change; stored values are typed, loaded ones are checked. */
export interface SettingsPatch {
  generatorConfig?: GeneratorConfig;
  selectedDatasetId?: string | null;
  trainSettings?: object;
  selectedModelId?: string | null;
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
