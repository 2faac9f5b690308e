import { MS_PER_DAY } from '../time';
import { DEFAULT_GAP_ROWS, joinsIncident } from './incidents';

/**
 * Alarms per day that `threshold` would raise on reference scores in time order (the model's
 * validation rows, held out and label-free, so its alarms are the false-alarm rate to expect on
 * normal data): a flag raises an alarm unless it joins the last one by the alarm policy
 * (joinsIncident, as findIncidents), the rows taken `intervalMs` apart. NaN without reference rows or a known interval.
 */
export function alarmsPerDay(reference: ArrayLike<number>, threshold: number, intervalMs: number, cooldownMs: number): number {
  if (reference.length === 0 || !(intervalMs > 0)) return Number.NaN;
  let alarms = 0;
  let lastFlag = -1;
  for (let r = 0; r < reference.length; r++) {
    if (!(reference[r] >= threshold)) continue;
    if (lastFlag < 0 || !joinsIncident(r, r * intervalMs, lastFlag, lastFlag * intervalMs, DEFAULT_GAP_ROWS, cooldownMs)) alarms++;
    lastFlag = r;
  }
  return alarms / ((reference.length * intervalMs) / MS_PER_DAY);
}
