import type { Dataset } from '../../shared/dataset';
import { ConfigError } from '../../shared/errors';
import type { Matrix } from '../../shared/model';
import type { Preprocessing } from '../../shared/preprocessing';
import { writeContextFeatures } from './context';
import { slotOf } from '../seasons';

/** Model input rows and the dataset row each one stands for. */
export interface RowMatrix {
  matrix: Matrix;
  /** `rows[i]` is the dataset row of matrix row i (the last step of its window), ascending if the input was. */
  rows: Uint32Array;
}

/** The values of each named column, in the order given; undefined where the dataset has no such column. */
export function featureColumns(dataset: Dataset, features: readonly string[]): (Float32Array | undefined)[] {
  return features.map((key) => dataset.columns.find((c) => c.key === key)?.values);
}

/** The timestamp of each of `rows` (a plain loop: a mapping callback per row costs more than the copy). */
export function rowTimes(timestamps: Float64Array, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = timestamps[rows[i]];
  return out;
}

/** Dataset row → its index among `scoredRows` (the model's input rows), -1 where a row was not scored. */
export function scoredRowIndex(rowCount: number, scoredRows: ArrayLike<number>): Int32Array {
  const index = new Int32Array(rowCount).fill(-1);
  for (let i = 0; i < scoredRows.length; i++) index[scoredRows[i]] = i;
  return index;
}

/** Every row index of a dataset with `count` rows, e.g. to score all of it. */
export function allRows(count: number): Uint32Array {
  const rows = new Uint32Array(count);
  for (let i = 0; i < count; i++) rows[i] = i;
  return rows;
}

/**
 * Builds the model input for the given dataset rows. Matrix row i holds, oldest step first, the
 * scaled features (less their usual level at that time, with seasonal medians) of rows r - window + 1 .. r, then (with context) the time features of row r.
 * Rows are skipped when their window reaches before the first row, covers a forward-filled row
 * or holds a non-finite value; `rows` in the result says which were kept. Scaled values are not
 * clipped: training rows lie in [0, 1] by construction, unseen data may go beyond.
 * @throws ConfigError when the dataset lacks a feature the preprocessing expects.
 */
export function buildMatrix(dataset: Dataset, preprocessing: Preprocessing, rows: ArrayLike<number>): RowMatrix {
  const { features, window, context, inputWidth: width } = preprocessing;
  const stillness = preprocessing.stillness === true;
  const columns = featureColumns(dataset, features);
  const absent = features.filter((_, f) => columns[f] === undefined);
  if (absent.length > 0) {
    throw new ConfigError([`The dataset has no column ${absent.map((k) => `"${k}"`).join(', ')}.`], 'This model cannot read the dataset');
  }
  const cols = columns as Float32Array[];
  const featureCount = features.length;
  const offset = Float64Array.from(preprocessing.min);
  const factor = Float64Array.from(preprocessing.max, (max, f) => 1 / (max - offset[f]));
  const { timestamps, missing } = dataset;
  const writeContext = writeContextFeatures; // a local: an imported binding may be a getter call per row
  const n = timestamps.length;
  const seasonal = preprocessing.seasonal ?? null;
  const usual = new Float64Array(featureCount);

  const values = new Float32Array(rows.length * width);
  const kept = new Uint32Array(rows.length);
  const stepsWidth = featureCount * window;
  let out = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const first = r - window + 1;
    if (first < 0 || r >= n || (missing && coversMissing(missing, first, r))) continue;
    const base = out * width;
    let check = 0;
    // After the row before, all steps but the newest are that row's, already scaled and finite: shift them in.
    const follows = window > 1 && out > 0 && kept[out - 1] === r - 1;
    if (follows) values.copyWithin(base, base - width + featureCount, base - width + stepsWidth);
    for (let s = follows ? window - 1 : 0; s < window; s++) {
      const src = first + s;
      const at = base + s * featureCount;
      if (seasonal) {
        const slot = slotOf(timestamps[src], seasonal);
        for (let f = 0; f < featureCount; f++) usual[f] = seasonal.medians[f]?.[slot] ?? 0;
      }
      for (let f = 0; f < featureCount; f++) {
        const v = (cols[f][src] - usual[f] - offset[f]) * factor[f];
        values[at + f] = v;
        check += v - v; // stays 0 unless some v is NaN or infinite
      }
    }
    if (check !== 0) continue; // the next kept row overwrites this one
    if (stillness) values[base + stepsWidth] = unchangedShare(cols, r, missing);
    if (context) writeContext(timestamps[r], values, base + stepsWidth + (stillness ? 1 : 0));
    kept[out++] = r;
  }
  // Copy only when rows were skipped, so the common case costs no second buffer.
  const done = out === rows.length;
  return {
    matrix: { values: done ? values : values.slice(0, out * width), rows: out, cols: width },
    rows: done ? kept : kept.slice(0, out),
  };
}

/** Rows a value must repeat over to count as unchanged: one repeat happens by chance in rounded data, a run rarely does. */
export const STILL_RUN = 3;
/**
 * The feature's full scale: small, so its ordinary wobble adds little to normal rows' error while a
 * frozen row (all metrics unchanged) still stands out. Measured with src/lab/measureThresholds.ts (6 months × 3 seeds,
 * event recall / precision at the default threshold): 0.1 gave 0.81 / 0.92, 0.15 gave 0.89 / 0.92, 0.3 gave 0.93 / 0.76.
 */
export const STILL_SCALE = 0.15;

/**
 * STILL_SCALE × the share of the columns whose value is the same over rows r - STILL_RUN + 1 .. r;
 * 0 before there are enough rows or when the run touches a filled-in row (a copy by construction).
 */
function unchangedShare(cols: readonly Float32Array[], r: number, missing: Uint8Array | null | undefined): number {
  if (r < STILL_RUN - 1 || (missing && coversMissing(missing, r - STILL_RUN + 1, r))) return 0;
  let same = 0;
  for (const column of cols) {
    let run = 1;
    while (run < STILL_RUN && column[r - run] === column[r]) run++;
    if (run === STILL_RUN) same++;
  }
  return (STILL_SCALE * same) / cols.length;
}

function coversMissing(missing: Uint8Array, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) if (missing[r] !== 0) return true;
  return false;
}
