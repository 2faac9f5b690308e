import { ImportError } from '../../shared/errors';
import type { ImportReport } from '../../shared/ingest';
import { formatUtc } from '../time';
import { formatCount, formatDuration, medianPositiveStep } from './interval';
import { gather, timeOrder } from './order';
import type { ParsedTable } from './table';

/** Rows sorted, de-duplicated and on a regular grid; missing steps filled forward and flagged. */
export interface AlignedTable {
  timestamps: Float64Array;
  columns: { name: string; values: Float32Array }[];
  labels: Uint8Array | null;
  /** 1 where the row was added for a missing step (values forward-filled). */
  missing: Uint8Array | null;
  report: Pick<ImportReport, 'rowsImported' | 'duplicatesDropped' | 'intervalMs' | 'gaps' | 'filledRows' | 'alignedRows'>;
}

export interface AlignOptions {
  /** The step between rows; detected as the median step when absent. */
  intervalMs?: number;
  /** Named in error messages. */
  fileName?: string;
}

/** The most rows an import may hold after filling gaps. */
export const MAX_ALIGNED_ROWS = 20_000_000;
/** Filling may add at most this many times the rows read (or MIN_FILL_ALLOWANCE, whichever is more). */
export const MAX_FILL_FACTOR = 10;
const MIN_FILL_ALLOWANCE = 1_000;
/** Times within this many ms of a grid step count as on it (float grids, e.g. 1000/3 ms). */
const ON_GRID_MS = 1e-3;

/**
 * Sorts by time (stable), drops rows whose timestamp exactly repeats an earlier row's (the first in
 * file order stays), detects the interval (median positive step) unless given, and lays the rows on
 * a grid of that interval from the step nearest the first row to the last row's, in the phase most
 * rows share (a regular file's grid is exactly its own times):
 * - a row exactly on a step keeps its time and values;
 * - an off-grid row moves to the nearest step (counted in `alignedRows`); when several rows land
 *   on one step, a row exactly on it wins, otherwise the earliest; the others are dropped, not averaged;
 * - a step no row landed on becomes a row with the previous row's values, label 0 and missing = 1;
 *   `gaps.longest` spans the first to the last filled step of the longest run.
 * Label codes in `table.labels` follow their rows. Throws ImportError when the table is empty or
 * filling would make an absurd number of rows (more than MAX_FILL_FACTOR × the rows read, or
 * MAX_ALIGNED_ROWS in all), which usually means a wrong time column or interval.
 */
export function alignTable(table: ParsedTable, options: AlignOptions = {}): AlignedTable {
  const fileName = options.fileName ?? 'The data';
  const n = table.timestamps.length;
  if (n === 0) throw new ImportError(fileName, null, 'has no rows with a readable time to import.');
  const order = timeOrder(table.timestamps);
  const times = order ? gather(table.timestamps, order) : table.timestamps;
  const intervalMs = chooseInterval(times, options.intervalMs, fileName);
  const t0 = gridStart(times, intervalMs);
  const steps = Math.round((times[n - 1] - t0) / intervalMs) + 1;
  let distinct = 1;
  for (let j = 1; j < n; j++) if (times[j] !== times[j - 1]) distinct++;
  guardGrid(times, intervalMs, steps, distinct, fileName);

  const onGrid = (t: number, k: number) => Math.abs(t - (t0 + k * intervalMs)) < ON_GRID_MS;
  // Which input row fills each step, -1 for none: the one index array the grid needs.
  const source = new Int32Array(steps).fill(-1);
  let alignedRows = 0;
  for (let j = 0; j < n; j++) {
    if (j > 0 && times[j] === times[j - 1]) continue;
    const t = times[j];
    const k = Math.round((t - t0) / intervalMs);
    const exact = onGrid(t, k);
    if (!exact) alignedRows++;
    const occupant = source[k];
    if (occupant < 0 || (exact && !onGrid(table.timestamps[occupant], k))) source[k] = order ? order[j] : j;
  }

  const timestamps = new Float64Array(steps);
  const missing = new Uint8Array(steps);
  const gaps = { count: 0, missingRows: 0, longest: null as { start: number; end: number } | null };
  let gapStart = -1;
  for (let k = 0; k < steps; k++) {
    timestamps[k] = t0 + k * intervalMs;
    if (source[k] >= 0) continue;
    missing[k] = 1;
    gaps.missingRows++;
    if (gapStart < 0) gapStart = k;
    if (k + 1 < steps && source[k + 1] < 0) continue;
    gaps.count++;
    const longest = gaps.longest;
    if (!longest || k - gapStart > Math.round((longest.end - longest.start) / intervalMs)) {
      gaps.longest = { start: timestamps[gapStart], end: timestamps[k] };
    }
    gapStart = -1;
  }

  const filledRows = gaps.missingRows;
  // The common case, a clean regular file: every row already sits on its own step, so no copies.
  const identity = order === null && filledRows === 0 && steps === n && alignedRows === 0;
  return {
    timestamps,
    columns: table.columns.map((column) => ({ name: column.name, values: identity ? column.values : fillForward(column.values, source) })),
    labels: table.labels ? (identity ? table.labels : pickLabels(table.labels, source)) : null,
    missing: filledRows > 0 ? missing : null,
    report: { rowsImported: steps - filledRows, duplicatesDropped: n - distinct, intervalMs, gaps, filledRows, alignedRows },
  };
}

/** Rows sampled to find the grid's phase. */
const PHASE_SAMPLES = 10_000;

/**
 * The grid step nearest the first row, in the phase most rows share, so one early straggler
 * (14:30:03 before 14:35:00, 14:40:00, ...) does not push every other row off the grid.
 */
function gridStart(times: Float64Array, intervalMs: number): number {
  const first = times[0];
  const every = Math.max(1, Math.floor(times.length / PHASE_SAMPLES));
  const counts = new Map<number, number>();
  let sampled = 0;
  for (let j = 0; j < times.length; j += every) {
    const phase = Math.round(((times[j] - first) % intervalMs) * 1000) % Math.round(intervalMs * 1000); // in µs
    counts.set(phase, (counts.get(phase) ?? 0) + 1);
    sampled++;
  }
  let best = 0;
  let bestCount = 0;
  for (const [phase, count] of counts) if (count > bestCount) [best, bestCount] = [phase, count];
  // Without a clear majority the rows are jittery anyway: keep the first row on the grid.
  if (best === 0 || bestCount * 2 < sampled) return first;
  const offset = best / 1000;
  return offset <= intervalMs / 2 ? first + offset : first + offset - intervalMs;
}

function chooseInterval(times: Float64Array, given: number | undefined, fileName: string): number {
  if (given !== undefined) {
    if (!Number.isFinite(given) || given <= 0) throw new ImportError(fileName, null, `the interval must be a positive number of seconds, not ${given / 1000}.`);
    return given;
  }
  const median = medianPositiveStep(times);
  if (Number.isNaN(median)) {
    throw new ImportError(fileName, null, `every row has the same time (${formatUtc(times[0])} UTC), so the interval cannot be detected; state the interval.`);
  }
  return median;
}

/** Refuses grids that would mostly be invented rows, explaining the gap that causes it. */
function guardGrid(times: Float64Array, intervalMs: number, steps: number, distinct: number, fileName: string): void {
  const n = times.length;
  const toFill = steps - distinct; // exact unless rows collide on a step
  if (steps <= MAX_ALIGNED_ROWS && toFill <= Math.max(MAX_FILL_FACTOR * n, MIN_FILL_ALLOWANCE)) return;
  let gapAt = 1;
  for (let j = 2; j < n; j++) if (times[j] - times[j - 1] > times[gapAt] - times[gapAt - 1]) gapAt = j;
  const gap = times[gapAt] - times[gapAt - 1];
  const gapFill = Math.round(gap / intervalMs) - 1;
  const every = `at a ${formatDuration(intervalMs)} interval`;
  const limit = steps > MAX_ALIGNED_ROWS ? `the ${formatCount(MAX_ALIGNED_ROWS)} rows an import can hold` : `${MAX_FILL_FACTOR} times the ${formatCount(n)} rows read`;
  const totals = `${formatCount(steps)} rows in all, ${formatCount(toFill)} of them filled`;
  const reason =
    gapFill >= MIN_FILL_ALLOWANCE
      ? `a gap of ${formatDuration(gap)} (${formatUtc(times[gapAt - 1])} to ${formatUtc(times[gapAt])} UTC) ${every} would need ${formatCount(gapFill)} filled rows (${totals}), more than ${limit}.`
      : `${formatDuration(times[n - 1] - times[0])} of data ${every} would make ${totals}, more than ${limit}.`;
  throw new ImportError(fileName, null, `${reason} Check the time column and the interval, or split the file.`);
}

/** Values on the grid: each step's source row, or the previous step's value where none. */
function fillForward(values: Float32Array, source: Int32Array): Float32Array {
  const out = new Float32Array(source.length);
  for (let k = 0; k < source.length; k++) {
    const row = source[k];
    out[k] = row >= 0 ? values[row] : out[k - 1]; // step 0 always has a row: the first time
  }
  return out;
}

function pickLabels(labels: Uint8Array, source: Int32Array): Uint8Array {
  const out = new Uint8Array(source.length);
  for (let k = 0; k < source.length; k++) if (source[k] >= 0) out[k] = labels[source[k]];
  return out;
}
