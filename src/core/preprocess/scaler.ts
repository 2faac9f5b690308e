import type { Dataset } from '../../shared/dataset';
import type { SeasonalMedians } from '../../shared/preprocessing';
import { seasonalOffset } from './seasonal';

/** Per-feature range of a min-max scaler; `max > min` always holds. */
export interface ScalerRange {
  min: number[];
  max: number[];
}

/**
 * Fits a min-max scaler on the training rows only (after subtracting each value's usual level,
 * with seasonal medians), so nothing of the validation (or later) data leaks into the model. A column that is constant over those rows (or has no finite value) gets
 * the range [value, value + 1]: it scales to 0 instead of dividing by zero.
 */
export function fitScaler(dataset: Dataset, features: readonly string[], trainRows: Uint32Array, seasonal?: SeasonalMedians | null): ScalerRange {
  const min: number[] = [];
  const max: number[] = [];
  for (const [f, key] of features.entries()) {
    const column = dataset.columns.find((c) => c.key === key);
    if (!column) throw new Error(`fitScaler: the dataset has no column "${key}"`);
    const values = column.values;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < trainRows.length; i++) {
      const row = trainRows[i];
      const v = values[row] - seasonalOffset(seasonal, f, dataset.timestamps[row]);
      // NaN fails both comparisons, so gaps never become the range.
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
    else if (hi <= lo) hi = lo + 1;
    min.push(lo);
    max.push(hi);
  }
  return { min, max };
}

/**
 * A value on the scaler's scale: 0 at the training minimum, 1 at the training maximum. Not clipped:
 * unseen data may leave [0, 1], and how far it does is part of what makes it anomalous.
 */
export function scaleValue(value: number, min: number, max: number): number {
  return (value - min) / (max - min);
}
