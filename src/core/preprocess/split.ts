import type { Dataset } from '../../shared/dataset';
import type { PreprocessOptions } from '../../shared/preprocessing';
import { createRandom } from '../random';
import { resolveOptions } from './options';

/** Which rows the model may learn from, split into training and validation (ascending row indices). */
export interface RowSplit {
  train: Uint32Array;
  validation: Uint32Array;
  /** Rows left out, by reason: forward-filled, labelled (when excluded), or holding a non-number. */
  excluded: { missing: number; labelled: number; invalid: number };
  /** Rows whose window reaches before the first row or over an excluded row. */
  incompleteWindows: number;
}

/**
 * Picks the usable rows and splits them. A row is usable when it and the window - 1 rows before
 * it are all present (not forward-filled), hold finite values in every feature and, with
 * `excludeLabelled`, carry no anomaly label. By default the first (1 - validationSplit) of the
 * usable rows train and the chronologically last ones validate, as the model will later score
 * data newer than it saw.
 */
export function splitRows(dataset: Dataset, options: PreprocessOptions = {}): RowSplit {
  const { features, window, validationSplit, chronological, seed, excludeLabelled } = resolveOptions(dataset, options);
  const n = dataset.timestamps.length;
  const ok = new Uint8Array(n).fill(1);
  const { missing, labels } = dataset;
  const excluded = {
    missing: missing ? exclude(ok, (r) => missing[r] !== 0) : 0,
    labelled: excludeLabelled && labels ? exclude(ok, (r) => labels[r] !== 0) : 0,
    invalid: 0,
  };
  for (const key of features) {
    const values = dataset.columns.find((c) => c.key === key)!.values;
    excluded.invalid += exclude(ok, (r) => !Number.isFinite(values[r]));
  }

  const usable = new Uint32Array(n);
  let count = 0;
  let run = 0;
  for (let r = 0; r < n; r++) {
    run = ok[r] !== 0 ? run + 1 : 0;
    if (run >= window) usable[count++] = r;
  }
  const okRows = n - excluded.missing - excluded.labelled - excluded.invalid;
  const trainCount = Math.round(count * (1 - validationSplit));
  const rows = chronological ? usable.subarray(0, count) : shuffledSplit(usable.subarray(0, count), count - trainCount, seed);
  return {
    // slice, not subarray: each set owns its buffer so it can be transferred on its own.
    train: rows.slice(0, trainCount),
    validation: rows.slice(trainCount),
    excluded,
    incompleteWindows: okRows - count,
  };
}

/** Clears `ok` where `test` holds for a row still ok; returns how many it cleared. */
function exclude(ok: Uint8Array, test: (row: number) => boolean): number {
  let cleared = 0;
  for (let r = 0; r < ok.length; r++) {
    if (ok[r] !== 0 && test(r)) {
      ok[r] = 0;
      cleared++;
    }
  }
  return cleared;
}

/** The rows reordered so the last `validationCount` are a seeded random draw; both parts ascending. */
function shuffledSplit(rows: Uint32Array, validationCount: number, seed: number): Uint32Array {
  const out = rows.slice();
  const rng = createRandom(seed);
  // Partial Fisher–Yates from the end: only the validation draw needs shuffling.
  for (let i = out.length - 1; i >= out.length - validationCount; i--) {
    const j = rng.int(0, i);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  const cut = out.length - validationCount;
  out.subarray(0, cut).sort();
  out.subarray(cut).sort();
  return out;
}
