import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, MAX_ROWS, parseConfigJson, validateConfig } from './config';

const errorsOf = (value: unknown): string[] => validateConfig(value).errors;

describe('validateConfig', () => {
  it('accepts the defaults and returns them', () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual({ config: DEFAULT_CONFIG, errors: [] });
  });

  it('fills missing settings from the defaults, so partial files work', () => {
    const { config, errors } = validateConfig({ months: 2, events: { Flatline: { ...DEFAULT_CONFIG.events.Flatline, weight: 9 } } });
    expect(errors).toEqual([]);
    expect(config!.months).toBe(2);
    expect(config!.intervalSeconds).toBe(30);
    expect(config!.events.Flatline.weight).toBe(9);
    expect(config!.events['Memory Leak']).toEqual(DEFAULT_CONFIG.events['Memory Leak']);
  });

  it.each([
    [{ months: -1 }, 'months'],
    [{ months: 'six' }, 'months'],
    [{ intervalSeconds: 0 }, 'intervalSeconds'],
    [{ intervalSeconds: 2.5 }, 'intervalSeconds'],
    [{ startDate: '2024-02-30' }, 'startDate'],
    [{ startDate: 'yesterday' }, 'startDate'],
    [{ seed: -3 }, 'seed'],
    [{ anomalyProbability: 0.5 }, 'anomalyProbability'],
    [{ serverName: 'web server [1]' }, 'serverName'],
    [{ processes: ['web', 'mail'] }, 'processes'],
    [{ processes: ['web', 'web'] }, 'processes'],
    [{ traffic: { businessHours: [18, 9] } }, 'traffic.businessHours'],
    [{ traffic: { nightLevel: 2 } }, 'traffic.nightLevel'],
    [{ events: { 'Alien Invasion': {} } }, 'Alien Invasion'],
    [{ events: { Flatline: { ...DEFAULT_CONFIG.events.Flatline, durationMinutes: [30, 10] } } }, 'events["Flatline"].durationMinutes'],
    [{ events: { 'Unexpected Spike': { ...DEFAULT_CONFIG.events['Unexpected Spike'], cpu: [80, 120] } } }, 'events["Unexpected Spike"].cpu'],
    [{ events: { 'Disk Fill': { ...DEFAULT_CONFIG.events['Disk Fill'], weight: -1 } } }, 'events["Disk Fill"].weight'],
    [{ colour: 'blue' }, 'colour'],
    [{ version: 2 }, 'version'],
  ])('rejects %j with a message naming %s', (value, field) => {
    const { config, errors } = validateConfig(value);
    expect(config).toBeNull();
    expect(errors.join(' ')).toContain(field);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ months: 0, seed: 1.5, intervalSeconds: -4 })).toHaveLength(3);
  });

  it('refuses configurations that would not fit in a tab', () => {
    const errors = errorsOf({ months: 36, intervalSeconds: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(MAX_ROWS.toLocaleString('en-US'));
  });

  it('rejects non-objects and bad JSON with a message instead of throwing', () => {
    expect(errorsOf([1, 2])).toEqual(['The configuration must be a JSON object.']);
    expect(parseConfigJson('{"months": 3,').errors[0]).toMatch(/not valid JSON/);
    expect(parseConfigJson('{"months": 3}').config!.months).toBe(3);
  });
});
