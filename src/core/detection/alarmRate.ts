import { DEFAULT_GAP_ROWS } from './incidents';

const DAY_MS = 86_400_000;

/**
 * Alarms per day that `threshold` would raise on reference scores in time order (the model's
 * validation rows, held out and label-free, so its alarms are the false-alarm rate to expect on
 * normal data): an alarm opens on a flag with no flag in the cool-down (or DEFAULT_GAP_ROWS rows)
 * before it, as findIncidents opens incidents. NaN without reference rows or a known interval.
 */
export function alarmsPerDay(reference: ArrayLike<number>, threshold: number, intervalMs: number, cooldownMs: number): number {
  if (reference.length === 0 || !(intervalMs > 0)) return Number.NaN;
  const quietRows = Math.max(DEFAULT_GAP_ROWS + 1, Math.floor(cooldownMs / intervalMs));
  let alarms = 0;
  let lastFlag = -Infinity;
  for (let r = 0; r < reference.length; r++) {
    if (!(reference[r] >= threshold)) continue;
    if (r - lastFlag > quietRows) alarms++;
    lastFlag = r;
  }
  return alarms / ((reference.length * intervalMs) / DAY_MS);
}
