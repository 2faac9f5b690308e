import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { GeneratorConfig } from '../shared/generatorConfig';

/** Bump when the settings record changes shape. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** What the app remembers between visits. */
export interface Settings {
  /** Last configuration used to generate; raw, because it is validated again on load. */
  generatorConfig: unknown;
  selectedDatasetId: string | null;
}

interface SettingsRecord extends Settings {
  version: typeof SETTINGS_SCHEMA_VERSION;
}

const KEY = 'settings';
const EMPTY: Settings = { generatorConfig: null, selectedDatasetId: null };

let store: UseStore | undefined;

/** The IndexedDB store holding the one settings record. */
export function settingsStore(): UseStore {
  return (store ??= createStore('metrics-anomaly-analyzer-settings', 'records'));
}

/** The remembered settings, or empty ones on first visit or after a schema change. */
export async function loadSettings(): Promise<Settings> {
  const record = await get<SettingsRecord>(KEY, settingsStore());
  if (!record || record.version !== SETTINGS_SCHEMA_VERSION) return { ...EMPTY };
  return { generatorConfig: record.generatorConfig, selectedDatasetId: record.selectedDatasetId };
}

/** Changes some settings in one read-modify-write transaction. */
export async function saveSettings(patch: { generatorConfig?: GeneratorConfig; selectedDatasetId?: string | null }): Promise<void> {
  await update<SettingsRecord>(
    KEY,
    (old) => {
      const base = old && old.version === SETTINGS_SCHEMA_VERSION ? old : { ...EMPTY, version: SETTINGS_SCHEMA_VERSION };
      return { ...base, ...patch, version: SETTINGS_SCHEMA_VERSION };
    },
    settingsStore(),
  );
}
