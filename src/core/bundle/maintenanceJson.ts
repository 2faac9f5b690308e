import type { MaintenanceWindow } from '../../shared/feedback';
import { windowsFromJson, windowToJson, type MaintenanceWindowJson } from '../feedback/feedbackJson';
import { BundleError } from './bundleError';
import { BUNDLE_FILES } from './bundleFormat';
import { asObject } from './jsonFields';

/** Bump when maintenance.json changes meaning. */
export const MAINTENANCE_JSON_VERSION = 1;

/** maintenance.json as written: the windows in their human-readable JSON form (times of day in UTC). */
export function maintenanceJson(windows: readonly MaintenanceWindow[]): { version: number; windows: MaintenanceWindowJson[] } {
  return { version: MAINTENANCE_JSON_VERSION, windows: windows.map(windowToJson) };
}

/**
 * maintenance.json, checked window by window; a bundle without one (written before maintenance
 * windows existed, or for a model without any) has none.
 * @throws BundleError naming maintenance.json and the first unusable window
 */
export function readMaintenance(json: unknown): MaintenanceWindow[] {
  if (json === null) return [];
  const entry = BUNDLE_FILES.maintenance;
  const record = asObject(entry, json);
  const version = record.version;
  if (!Number.isInteger(version) || (version as number) < 1) throw new BundleError(entry, 'has no valid "version" (expected a whole number ≥ 1)');
  if ((version as number) > MAINTENANCE_JSON_VERSION) {
    throw new BundleError(entry, `says version ${String(version)}, written by a newer version of the app; this one reads up to version ${MAINTENANCE_JSON_VERSION}`);
  }
  const read = windowsFromJson('windows', record.windows);
  if ('problem' in read) throw new BundleError(entry, `cannot be used: ${read.problem}`);
  return read.windows;
}
