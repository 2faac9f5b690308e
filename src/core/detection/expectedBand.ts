import type { Preprocessing } from '../../shared/preprocessing';
import { slotCount, slotOf } from '../seasons';
import { contributionGroups } from './contributions';

/** Per dataset row, the low and high ends of a metric's expected range (NaN where unscored). */
export interface ExpectedBand {
  low: Float32Array;
  high: Float32Array;
}

/**
 * How far (in the metric's own unit) a metric may sit from what the model expected before that
 * error alone lifts the score to `threshold`, every other group at its usual error (1 in the
 * profile's units): the half-width of the range within which the metric would not have raised an
 * alarm, for a deviation that lasts (the score is a moving mean, so one odd row needs more).
 * @param metric the metric's index in `layout.features`
 * @returns the half-width at a row's time (it varies with a profile's usual error per time of day or week)
 */
export function alarmFreeHalfWidth(layout: Preprocessing, metric: number, threshold: number): (time: number) => number {
  const range = layout.max[metric] - layout.min[metric];
  const profile = layout.scoring;
  if (!profile) {
    // Plain mean squared error over the input row: this metric's squared error alone must reach threshold × width.
    const half = Math.sqrt(Math.max(0, threshold) * layout.inputWidth) * range;
    return () => half;
  }
  const groups = contributionGroups(layout).length;
  // The score is the mean over groups: this group must make up the rest of groups × threshold.
  const needed = Math.max(0, groups * threshold - (groups - 1));
  // 'absolute': normalised = |error| / √scale; 'squared': normalised = error² / scale.
  const halfAt = (scale: number) => (profile.errorUnit === 'absolute' ? needed * Math.sqrt(scale) : Math.sqrt(needed * scale)) * range;
  const seasonal = profile.seasonal;
  if (!seasonal) {
    const half = halfAt(profile.scales[metric]);
    return () => half;
  }
  const base = metric * slotCount(seasonal);
  return (time) => halfAt(seasonal.scales[base + slotOf(time, seasonal)]);
}

/**
 * Expected ± alarmFreeHalfWidth on each dataset row of `expected` (one metric, one value per row,
 * NaN where unscored, as expectedOverRange gives it).
 * @param times the timestamp of each of those rows
 */
export function expectedBand(expected: Float32Array, times: ArrayLike<number>, layout: Preprocessing, metric: number, threshold: number): ExpectedBand {
  const low = new Float32Array(expected.length);
  const high = new Float32Array(expected.length);
  const halfAt = alarmFreeHalfWidth(layout, metric, threshold);
  for (let i = 0; i < expected.length; i++) {
    const half = halfAt(times[i]);
    low[i] = expected[i] - half;
    high[i] = expected[i] + half;
  }
  return { low, high };
}
