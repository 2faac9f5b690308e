import { medianOf } from '../median';
import { logMadThreshold } from './logMad';
import { DEFAULT_LOG_MAD_K } from './thresholds';
import { slotCount, type Season } from '../seasons';
import { MS_PER_MINUTE } from '../time';

/** How far a recurring job may wander from its usual time and still be the same job (a nightly batch starting 02:00–02:30). */
export const RECURRING_TOLERANCE_MS = 30 * MS_PER_MINUTE;
/** Periods (days or weeks) a slot's peak must be seen in before it counts as recurring rather than one day's accident. */
const MIN_PEAK_PERIODS = 3;
/** A recurring peak must stand out among the slots' usual peaks as an alarm does among scores (the automatic threshold's k). */
const PEAK_OUTLIER_K = DEFAULT_LOG_MAD_K;

/**
 * Per group and slot of `season`, how much higher the error usually peaks around that time than around
 * any time: the median over periods of the highest error within RECURRING_TOLERANCE_MS of the slot, over
 * the median of those medians over slots (1 where it is lower, or where fewer than MIN_PEAK_PERIODS periods
 * were seen). A job that starts at a slightly different minute every night leaves a step the model cannot
 * foresee; its peak recurs near that time each night, while a one-off anomaly's does not recur at all.
 * @param groupErrors rows × groups squared errors of consecutive rows (every row, not a sample: a step spans few)
 * @returns groups × slotCount(season) factors, row-major by group
 */
export function recurringPeakFactors(groupErrors: Float32Array, groups: number, timestamps: ArrayLike<number>, season: Season): Float64Array {
  const slots = slotCount(season);
  const factors = new Float64Array(groups * slots).fill(1);
  const rows = timestamps.length;
  if (rows === 0) return factors;
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < rows; r++) {
    first = Math.min(first, Math.floor(timestamps[r] / season.slotMs));
    last = Math.max(last, Math.floor(timestamps[r] / season.slotMs));
  }
  const span = last - first + 1;
  const reach = Math.ceil(RECURRING_TOLERANCE_MS / season.slotMs);
  const peaks = new Float64Array(span);
  for (let g = 0; g < groups; g++) {
    peaks.fill(Number.NaN);
    for (let r = 0; r < rows; r++) {
      const at = Math.floor(timestamps[r] / season.slotMs) - first;
      const error = groupErrors[r * groups + g];
      if (Number.isFinite(error) && !(peaks[at] >= error)) peaks[at] = error;
    }
    const nearby = neighbourhoodMax(peaks, reach);
    const bySlot: number[][] = Array.from({ length: slots }, () => []);
    for (let a = 0; a < span; a++) if (Number.isFinite(nearby[a])) bySlot[(((first + a) % slots) + slots) % slots].push(nearby[a]);
    const usual = bySlot.map((values) => (values.length >= MIN_PEAK_PERIODS ? medianOf(values) : Number.NaN));
    const anywhere = medianOf(usual);
    if (!(anywhere > 0)) continue;
    // Only a peak that stands out among the slots' usual peaks as an alarm stands out among scores recurs; the rest is noise.
    const standsOut = logMadThreshold(usual.filter(Number.isFinite), PEAK_OUTLIER_K);
    for (let s = 0; s < slots; s++) if (usual[s] > standsOut) factors[g * slots + s] = usual[s] / anywhere;
  }
  return factors;
}

/** Each entry's maximum over entries within `reach` on either side, NaNs skipped (NaN where all are). */
function neighbourhoodMax(values: Float64Array, reach: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let a = 0; a < values.length; a++) {
    let best = Number.NaN;
    for (let b = Math.max(0, a - reach); b <= Math.min(values.length - 1, a + reach); b++) if (!(best >= values[b])) best = Number.isNaN(values[b]) ? best : values[b];
    out[a] = best;
  }
  return out;
}
