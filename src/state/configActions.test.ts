import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import { loadSettings, settingsStore } from '../persistence/settingsStore';
import { initialState, useAppStore } from './appStore';
import { importConfig, setProcessEnabled, updateConfig, updateEventSettings } from './configActions';

function file(text: string, name = 'config.json'): File {
  return new File([text], name, { type: 'application/json' });
}

beforeEach(async () => {
  useAppStore.setState(initialState());
  await clear(settingsStore());
});

describe('config actions', () => {
  it('re-validates on every edit', () => {
    updateConfig({ months: -1 });
    expect(useAppStore.getState().configErrors.join(' ')).toMatch(/month/i);
    updateConfig({ months: 2 });
    expect(useAppStore.getState().configErrors).toEqual([]);
  });

  it('edits one anomaly type and processes in canonical order', () => {
    updateEventSettings('Flatline', { weight: 7 });
    expect(useAppStore.getState().config.events.Flatline).toEqual({ ...DEFAULT_CONFIG.events.Flatline, weight: 7 });
    setProcessEnabled('web', false);
    setProcessEnabled('web', true);
    expect(useAppStore.getState().config.processes).toEqual(DEFAULT_CONFIG.processes);
  });

  it('imports a good file into the form and remembers it', async () => {
    await importConfig(file(JSON.stringify({ ...DEFAULT_CONFIG, months: 3, seed: 99 })));
    const { config, alerts } = useAppStore.getState();
    expect(config).toMatchObject({ months: 3, seed: 99 });
    expect(alerts).toEqual([]);
    expect((await loadSettings()).generatorConfig).toMatchObject({ months: 3, seed: 99 });
  });

  it('names a bad value in the alert and keeps the form', async () => {
    updateConfig({ months: 2 });
    await importConfig(file(JSON.stringify({ ...DEFAULT_CONFIG, months: -1 }), 'bad.json'));
    const { config, alerts } = useAppStore.getState();
    expect(config.months).toBe(2);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].message).toMatch(/^bad\.json cannot be used: .*month/i);
  });

  it('reports a file that is not JSON', async () => {
    await importConfig(file('{ "months": ', 'broken.json'));
    expect(useAppStore.getState().alerts[0].message).toMatch(/^broken\.json cannot be read: It is not valid JSON/);
    expect(useAppStore.getState().config).toEqual(DEFAULT_CONFIG);
  });
});
