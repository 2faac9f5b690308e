import type { Dataset } from '../../shared/dataset';
import type { SeasonalMedians } from '../../shared/preprocessing';
import { sortedMedian } from '../median';
import { MIN_SLOT_SAMPLES, seasonFor, slotCount, slotOf, timeSpan } from '../seasons';
import { rowTimes } from './matrix';

/**
 * Fits each feature's median per slot of a day or week on the training rows, and keeps it for the
 * features where it explains the held-out rows better than one flat level (the median over slots) does (smaller mean
 * absolute deviation on the validation rows, or on the training rows when none are held out).
 * Null when training spans too few periods, or no feature has a recurring pattern.
 */
export function fitSeasonalMedians(dataset: Dataset, features: readonly string[], trainRows: Uint32Array, validationRows: Uint32Array): SeasonalMedians | null {
  const { timestamps } = dataset;
  const season = seasonFor(timeSpan(rowTimes(timestamps, trainRows)), dataset.meta.intervalMs);
  if (!season) return null;
  // Training rows ordered by slot once (a counting sort), so each feature's slot medians are sorts of short runs.
  const slots = slotCount(season);
  const trainSlots = Uint32Array.from(trainRows, (r) => slotOf(timestamps[r], season));
  const starts = new Uint32Array(slots + 1);
  for (const slot of trainSlots) starts[slot + 1]++;
  for (let s = 0; s < slots; s++) starts[s + 1] += starts[s];
  const bySlot = new Uint32Array(trainRows.length);
  const filled = starts.slice(0, slots);
  trainRows.forEach((row, i) => (bySlot[filled[trainSlots[i]]++] = row));
  const judged = validationRows.length > 0 ? validationRows : trainRows;
  const judgedSlots = Uint32Array.from(judged, (r) => slotOf(timestamps[r], season));
  const buffer = new Float64Array(trainRows.length);

  const medians = features.map((key) => {
    const values = dataset.columns.find((c) => c.key === key)!.values;
    for (let i = 0; i < bySlot.length; i++) buffer[i] = values[bySlot[i]];
    const bySlotMedian = Float64Array.from({ length: slots }, (_, s) => {
      const run = buffer.subarray(starts[s], starts[s + 1]).sort();
      return run.length >= MIN_SLOT_SAMPLES ? sortedMedian(run) : Number.NaN;
    });
    // The flat alternative: the median level over the slots (one sort of a few thousand, not of every row).
    const overall = sortedMedian(bySlotMedian.slice().sort());
    if (!Number.isFinite(overall)) return null;
    const table = Array.from(bySlotMedian, (median) => (Number.isFinite(median) ? median : overall));
    let seasonalError = 0;
    let flatError = 0;
    for (let i = 0; i < judged.length; i++) {
      const v = values[judged[i]];
      if (!Number.isFinite(v)) continue;
      seasonalError += Math.abs(v - table[judgedSlots[i]]);
      flatError += Math.abs(v - overall);
    }
    return seasonalError < flatError ? table : null;
  });
  return medians.some((m) => m !== null) ? { ...season, medians } : null;
}

/** The usual value of feature `f` at `time` (0 when it has none): what buildMatrix and the scaler subtract. */
export function seasonalOffset(seasonal: SeasonalMedians | null | undefined, f: number, time: number): number {
  const table = seasonal?.medians[f];
  return table ? table[slotOf(time, seasonal!)] : 0;
}
