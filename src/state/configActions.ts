import { validateConfig } from '../core/config';
import { saveSettings } from '../persistence/settingsStore';
import { ConfigError } from '../shared/errors';
import type { AnomalyType } from '../shared/anomaly';
import { PROCESS_IDS, type EventSettings, type GeneratorConfig, type ProcessId } from '../shared/generatorConfig';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { saveFile } from './saveFile';

export const CONFIG_FILE_NAME = 'generator-config.json';

/** Replaces the configuration being edited and re-checks it. */
export function setConfig(config: GeneratorConfig): void {
  useAppStore.setState({ config, configErrors: validateConfig(config).errors });
}

/** Changes part of the configuration being edited. */
export function updateConfig(patch: Partial<GeneratorConfig>): void {
  setConfig({ ...useAppStore.getState().config, ...patch });
}

/** Downloads the configuration being edited as JSON. */
export function exportConfig(): void {
  const json = `${JSON.stringify(useAppStore.getState().config, null, 2)}\n`;
  saveFile(new Blob([json], { type: 'application/json' }), CONFIG_FILE_NAME);
}

/** Reads a configuration file into the form; on any problem the alert explains it and the form keeps its values. */
export async function importConfig(file: File): Promise<void> {
  try {
    const value = parseJson(await file.text(), file.name);
    const { config, errors } = validateConfig(value);
    if (!config) throw new ConfigError(errors, `${file.name} cannot be used`);
    setConfig(config);
    await saveSettings({ generatorConfig: config });
  } catch (error) {
    reportError(error);
  }
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`It is not valid JSON (${detail}).`], `${fileName} cannot be read`);
  }
}

/** Changes part of one anomaly type's settings. */
export function updateEventSettings(type: AnomalyType, patch: Partial<EventSettings>): void {
  const { config } = useAppStore.getState();
  setConfig({ ...config, events: { ...config.events, [type]: { ...config.events[type], ...patch } } });
}

/** Turns one simulated process on or off, keeping the canonical order. */
export function setProcessEnabled(id: ProcessId, enabled: boolean): void {
  const { config } = useAppStore.getState();
  const chosen = new Set(config.processes);
  if (enabled) chosen.add(id);
  else chosen.delete(id);
  setConfig({ ...config, processes: PROCESS_IDS.filter((process) => chosen.has(process)) });
}
