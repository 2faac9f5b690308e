import type { Matrix } from '../../shared/model';

/**
 * How per-metric z-scores become one row score. `max` (default): the largest |z|, so an anomaly
 * in one metric of 38 is not diluted by the 37 quiet ones; `meanSquare`: the mean of z², which
 * favours anomalies spread over many metrics.
 */
export type ZCombine = 'max' | 'meanSquare';

export interface RollingZOptions {
  /** Trailing rows that give each row its mean and standard deviation, e.g. one day's worth. */
  window: number;
  combine?: ZCombine;
  /** Smallest standard deviation used, as a share of the metric's standard deviation over all rows (default 1e-3), so flat stretches do not divide by zero. */
  stdFloor?: number;
}

/**
 * Rolling z-score per row: for each metric |x − mean| / std over the `window` rows before it
 * (population std, the row itself excluded so a spike does not hide itself), combined over the
 * metrics. NaN until the window is filled; a metric whose window or value holds a non-finite
 * value is skipped for that row, and a row with no metric left is NaN. O(rows · cols).
 * @throws RangeError when the window is not a positive whole number.
 */
export function rollingZScores(data: Matrix, options: RollingZOptions): Float32Array {
  const { window } = options;
  if (!(Number.isInteger(window) && window > 0)) throw new RangeError(`The window must be a positive whole number of rows, not ${window}.`);
  const { values, rows, cols } = data;
  const combined = new Float64Array(rows).fill(Number.NaN);
  const counted = new Uint32Array(rows);
  const combine = options.combine ?? 'max';
  const z = new Float64Array(rows);
  for (let c = 0; c < cols; c++) {
    columnZScores(values, rows, cols, c, window, options.stdFloor ?? 1e-3, z);
    for (let r = 0; r < rows; r++) {
      const value = z[r];
      if (Number.isNaN(value)) continue;
      const before = counted[r]++ === 0 ? 0 : combined[r];
      combined[r] = combine === 'max' ? Math.max(before, value) : before + value * value;
    }
  }
  if (combine === 'meanSquare') for (let r = 0; r < rows; r++) if (counted[r] > 0) combined[r] /= counted[r];
  return Float32Array.from(combined);
}

/** |z| of column `c` for every row into `out` (NaN where undefined), with running sums over the trailing window. */
function columnZScores(values: Float32Array, rows: number, cols: number, c: number, window: number, floorShare: number, out: Float64Array): void {
  // Sums of values shifted by the column mean, so squares stay small and the variance does not cancel away.
  let shift = 0;
  let shiftSquares = 0;
  let finiteCount = 0;
  for (let r = 0; r < rows; r++) {
    const x = values[r * cols + c];
    if (Number.isFinite(x)) {
      shift += x;
      shiftSquares += x * x;
      finiteCount++;
    }
  }
  shift = finiteCount > 0 ? shift / finiteCount : 0;
  const overallStd = finiteCount > 0 ? Math.sqrt(Math.max(0, shiftSquares / finiteCount - shift * shift)) : 0;
  const floor = Math.max(floorShare * overallStd, Number.MIN_VALUE);

  let sum = 0;
  let squares = 0;
  let finite = 0;
  for (let r = 0; r < rows; r++) {
    const x = values[r * cols + c] - shift;
    if (r >= window && finite === window && Number.isFinite(x)) {
      const mean = sum / window;
      const std = Math.sqrt(Math.max(0, squares / window - mean * mean));
      out[r] = Math.abs(x - mean) / Math.max(std, floor);
    } else out[r] = Number.NaN;
    if (Number.isFinite(x)) {
      sum += x;
      squares += x * x;
      finite++;
    }
    if (r >= window) {
      const old = values[(r - window) * cols + c] - shift;
      if (Number.isFinite(old)) {
        sum -= old;
        squares -= old * old;
        finite--;
      }
    }
  }
}

/** Rows in `spanMs` at one row every `intervalMs`, at least 2: e.g. a day at 5 minutes is 288. */
export function rowsInSpan(spanMs: number, intervalMs: number): number {
  return Math.max(2, Math.round(spanMs / intervalMs));
}
