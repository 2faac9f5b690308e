import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MaintenanceWindow } from '../../shared/feedback';
import { BundleError } from './bundleError';
import { readModelBundle } from './readModelBundle';
import { rezip, testBundle } from './testBundle';
import { writeModelBundle } from './writeModelBundle';

const WINDOWS: MaintenanceWindow[] = [
  { kind: 'daily', from: 120, to: 150 },
  { kind: 'weekly', days: [0], from: 0, to: 1440 },
  { kind: 'once', start: Date.UTC(2024, 0, 4, 3, 58), end: Date.UTC(2024, 0, 4, 4, 5) },
];

const withWindows = () => writeModelBundle({ ...testBundle(), maintenance: WINDOWS });

function refusal(bytes: Uint8Array): string {
  try {
    readModelBundle(bytes, 'm.zip');
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return (error as Error).message;
  }
  throw new Error('readModelBundle accepted a bad bundle');
}

describe('maintenance windows in a model bundle', () => {
  it('round-trips as maintenance.json, in times people can read', () => {
    const bytes = withWindows();
    expect(JSON.parse(strFromU8(unzipSync(bytes)['maintenance.json']))).toEqual({
      version: 1,
      windows: [
        { kind: 'daily', from: '02:00', to: '02:30' },
        { kind: 'weekly', days: ['Sun'], from: '00:00', to: '24:00' },
        { kind: 'once', start: '2024-01-04T03:58:00.000Z', end: '2024-01-04T04:05:00.000Z' },
      ],
    });
    expect(readModelBundle(bytes).maintenance).toEqual(WINDOWS);
    expect(writeModelBundle(readModelBundle(bytes))).toEqual(bytes);
  });

  it('reads an older bundle, or a model without windows, as having none', () => {
    expect(unzipSync(writeModelBundle(testBundle()))['maintenance.json']).toBeUndefined();
    expect(unzipSync(writeModelBundle({ ...testBundle(), maintenance: [] }))['maintenance.json']).toBeUndefined();
    expect(readModelBundle(writeModelBundle(testBundle())).maintenance).toBeUndefined();
  });

  it('refuses unusable windows, naming the file and the window', () => {
    expect(refusal(rezip(withWindows(), { 'maintenance.json': (json) => ({ ...json, windows: [{ kind: 'daily', from: '02:00', to: '26:00' }] }) }))).toBe(
      'The model bundle “m.zip” cannot be imported: maintenance.json cannot be used: windows[0].to is "26:00", not a time of day such as "02:00" (00:00 to 24:00, UTC).',
    );
    expect(refusal(rezip(withWindows(), { 'maintenance.json': (json) => ({ ...json, version: 2 }) }))).toMatch(/maintenance.json says version 2, written by a newer version/);
    expect(refusal(rezip(withWindows(), { 'maintenance.json': () => 'windows' }))).toMatch(/maintenance.json does not hold a JSON object/);
  });
});
