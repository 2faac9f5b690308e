import type { RangeRuleSpec } from '../../shared/preprocessing';
import { MS_PER_DAY } from '../time';

/*
 * The day-range rule: a metric beyond the range it took on each of the UTC days `lagsDays` back raises an alarm on
 * its own, however well the model reconstructs it (a disk filling in an hour stays inside its training range and is
 * easy to reconstruct). Margins are that day's range, at least `floorShare` of the metric's training range, so a
 * metric that barely moved yesterday is not judged by its rounding. A row that raised an alarm widens no day's range:
 * yesterday's disk fill must not make today's usual.
 */

/** The longest look-back a stored rule may ask for (bundles are checked against it). */
export const MAX_RANGE_LAG_DAYS = 35;

/** Where a row stands against the rule: its largest excess over the metrics, in margins, which metric and the bound it passed. */
export interface RangeExcess {
  excess: number;
  metric: number;
  bound: number;
}

/**
 * Each metric's ranges per UTC day, fed row by row in time order (a dataset in Detect, a stream in Live, the same
 * answers), keeping only the days the lags can still reach.
 */
export class DayRanges {
  private readonly lo: Map<number, Float64Array> = new Map();
  private readonly hi: Map<number, Float64Array> = new Map();
  private readonly keep: number;
  /** Per metric, after each push: how far the row's value lay beyond the lagged ranges, in its own unit (0 inside). */
  readonly distances: Float64Array;
  private readonly row: Float64Array;
  // The day rows last came from, its own ranges and its lagged days' (null while one is unknown): looked up once a day.
  private day = Number.NaN;
  private todayLo: Float64Array = new Float64Array(0);
  private todayHi: Float64Array = new Float64Array(0);
  private laggedLo: Float64Array[] | null = null;
  private laggedHi: Float64Array[] = [];

  constructor(
    private readonly spec: RangeRuleSpec,
    /** Per metric, the smallest margin: floorShare × its training range. */
    private readonly floors: ArrayLike<number>,
  ) {
    this.keep = Math.max(...spec.lagsDays, 0);
    this.distances = new Float64Array(floors.length);
    this.row = new Float64Array(floors.length);
  }

  /** As push, for row `row` of `columns` (the model's features, in order). */
  pushRow(time: number, columns: readonly ArrayLike<number>[], row: number): RangeExcess {
    for (let m = 0; m < columns.length; m++) this.row[m] = columns[m][row];
    return this.push(time, this.row);
  }

  /**
   * Judges a row against the lagged days, then records it unless it raised an alarm: an excursion the rule alarmed
   * on must not become the usual range later days are judged by. Values are in the model's feature order.
   */
  push(time: number, values: ArrayLike<number>): RangeExcess {
    const day = Math.floor(time / MS_PER_DAY);
    if (day !== this.day) this.enterDay(day, values.length);
    const found = this.judge(values);
    if (!(found.excess > 1)) this.record(values);
    return found;
  }

  /**
   * As pushRow for rows `from`..`to`-1, all of UTC day `day`, metric by metric (a day's lagged ranges are fixed, so a
   * column at a time reads each value once, in order): each row's largest excess, its metric and bound go into `out`.
   */
  pushDay(day: number, columns: readonly ArrayLike<number>[], from: number, to: number, out: RowsExcess): void {
    if (day !== this.day) this.enterDay(day, columns.length);
    const laggedLo = this.laggedLo;
    // Each row's largest excess, in full precision (out's Float32 would round near-ties differently).
    const best = new Float64Array(to - from);
    if (laggedLo !== null) for (let m = 0; m < columns.length; m++) this.judgeColumn(columns[m], m, laggedLo, from, to, best, out);
    for (let m = 0; m < columns.length; m++) {
      const column = columns[m];
      let lo = this.todayLo[m];
      let hi = this.todayHi[m];
      for (let r = from; r < to; r++) {
        const v = column[r];
        if (!Number.isFinite(v) || best[r - from] > 1) continue; // an alarm's value is not usual (see push)
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      this.todayLo[m] = lo;
      this.todayHi[m] = hi;
    }
  }

  /** judge's arithmetic for one metric over a day's rows, raising a row's entry in `out` where this metric passes `best`. */
  private judgeColumn(column: ArrayLike<number>, m: number, laggedLo: Float64Array[], from: number, to: number, best: Float64Array, out: RowsExcess): void {
    const lags = laggedLo.length;
    const lows = new Float64Array(lags);
    const highs = new Float64Array(lags);
    const margins = new Float64Array(lags);
    for (let d = 0; d < lags; d++) {
      lows[d] = laggedLo[d][m];
      highs[d] = this.laggedHi[d][m];
      // A lagged day without a value of this metric makes it usual (judge's excess 0): nothing to raise.
      if (!(lows[d] <= highs[d])) return;
      margins[d] = Math.max(highs[d] - lows[d], this.floors[m]);
    }
    for (let r = from; r < to; r++) {
      const v = column[r];
      if (!Number.isFinite(v)) continue;
      let excess = Infinity;
      let bound = Number.NaN;
      for (let d = 0; d < lags; d++) {
        const high = highs[d];
        const low = lows[d];
        const over = (v > high ? v - high : v < low ? low - v : 0) / margins[d];
        if (over < excess) {
          excess = over;
          bound = v > high ? high : low;
        }
      }
      if (excess > best[r - from]) {
        best[r - from] = excess;
        out.excess[r] = excess;
        out.metric[r] = m;
        out.bound[r] = bound;
      }
    }
  }

  /** Looks up a new day's lagged ranges and opens its own, dropping days no lag can reach any more. */
  private enterDay(day: number, metrics: number): void {
    this.day = day;
    const lags = this.spec.lagsDays;
    const lo = lags.map((lag) => this.lo.get(day - lag));
    const hi = lags.map((lag) => this.hi.get(day - lag));
    // Every lagged day must be known: a rule without its history says nothing.
    const known = lags.length > 0 && lo.every((d) => d !== undefined) && hi.every((d) => d !== undefined);
    this.laggedLo = known ? (lo as Float64Array[]) : null;
    this.laggedHi = known ? (hi as Float64Array[]) : [];
    const openLo = this.lo.get(day);
    const openHi = this.hi.get(day);
    if (openLo && openHi) {
      this.todayLo = openLo;
      this.todayHi = openHi;
      return;
    }
    this.todayLo = new Float64Array(metrics).fill(Infinity);
    this.todayHi = new Float64Array(metrics).fill(-Infinity);
    this.lo.set(day, this.todayLo);
    this.hi.set(day, this.todayHi);
    for (const old of this.lo.keys()) {
      if (old < day - this.keep) {
        this.lo.delete(old);
        this.hi.delete(old);
      }
    }
  }

  private judge(values: ArrayLike<number>): RangeExcess {
    const found: RangeExcess = { excess: 0, metric: -1, bound: Number.NaN };
    this.distances.fill(0);
    const laggedLo = this.laggedLo;
    if (laggedLo === null) return found;
    const laggedHi = this.laggedHi;
    for (let m = 0; m < values.length; m++) {
      const v = values[m];
      if (!Number.isFinite(v)) continue;
      let excess = Infinity;
      let distance = Infinity;
      let bound = Number.NaN;
      for (let d = 0; d < laggedLo.length; d++) {
        const low = laggedLo[d][m];
        const high = laggedHi[d][m];
        if (!(low <= high)) {
          excess = 0; // the metric had no value that day
          distance = 0;
          break;
        }
        const beyond = v > high ? v - high : v < low ? low - v : 0;
        distance = Math.min(distance, beyond);
        const over = beyond / Math.max(high - low, this.floors[m]);
        if (over < excess) {
          excess = over;
          bound = v > high ? high : low;
        }
      }
      this.distances[m] = distance;
      if (excess > found.excess) {
        found.excess = excess;
        found.metric = m;
        found.bound = bound;
      }
    }
    return found;
  }

  private record(values: ArrayLike<number>): void {
    const lo = this.todayLo;
    const hi = this.todayHi;
    for (let m = 0; m < values.length; m++) {
      const v = values[m];
      if (!Number.isFinite(v)) continue;
      if (v < lo[m]) lo[m] = v;
      if (v > hi[m]) hi[m] = v;
    }
  }
}

/**
 * Per metric, the rule's smallest margin: a share of the model's scaler range (its training minimum and maximum), or
 * what feedback taught it (see feedbackFloors) where that is larger.
 */
export function rangeFloors(spec: RangeRuleSpec, min: readonly number[], max: readonly number[]): Float64Array {
  return Float64Array.from(min, (lo, m) => Math.max(spec.floorShare * (max[m] - lo), spec.floors?.[m] ?? 0, Number.EPSILON));
}

/**
 * Margins that make the rows a person marked "not an anomaly" no alarm: per metric, the larger of its floor and the
 * furthest those rows went beyond the lagged ranges. A like excursion stays quiet; a bigger one still alarms.
 */
export function feedbackFloors(timestamps: ArrayLike<number>, columns: readonly ArrayLike<number>[], spec: RangeRuleSpec, floors: ArrayLike<number>, marked: Uint8Array): number[] {
  const learned = Array.from(floors);
  const ranges = new DayRanges(spec, floors);
  for (let r = 0; r < timestamps.length; r++) {
    ranges.pushRow(timestamps[r], columns, r);
    if (marked[r] !== 1) continue;
    for (let m = 0; m < columns.length; m++) learned[m] = Math.max(learned[m], ranges.distances[m]);
  }
  return learned;
}

/** A score with the rule's alarm folded in: beyond the ranges by more than one margin, `excess` margins score `excess` thresholds. */
export function withRangeAlarm(score: number, excess: number, threshold: number): number {
  return excess > 1 && !Number.isNaN(score) ? Math.max(score, threshold * excess) : score;
}

/** Each row's place against the rule over a dataset's rows in time order; `columns` in the model's feature order. */
export interface RowsExcess {
  excess: Float32Array;
  metric: Int16Array;
  bound: Float32Array;
}

export function rowsRangeExcess(timestamps: ArrayLike<number>, columns: readonly ArrayLike<number>[], spec: RangeRuleSpec, floors: ArrayLike<number>): RowsExcess {
  const rows = timestamps.length;
  const out: RowsExcess = { excess: new Float32Array(rows), metric: new Int16Array(rows).fill(-1), bound: new Float32Array(rows).fill(Number.NaN) };
  const ranges = new DayRanges(spec, floors);
  for (let from = 0; from < rows; ) {
    const day = Math.floor(timestamps[from] / MS_PER_DAY);
    let to = from + 1;
    while (to < rows && Math.floor(timestamps[to] / MS_PER_DAY) === day) to++;
    ranges.pushDay(day, columns, from, to, out);
    from = to;
  }
  return out;
}

/** What a row's explanation reads, beside its score: each metric's normalised error and expected value (rows × metrics). */
export interface RowExplanations {
  metricErrors: Float32Array;
  expected: Float32Array;
  metrics: number;
  /** Contribution groups the score averages over (see normaliseErrors). */
  groups: number;
}

/**
 * Folds one row's rule alarm into its score and explanation: the score becomes `excess` thresholds, the metric that
 * passed its range carries that whole score and is expected at the bound it passed. Returns the new score.
 */
export function foldRangeAlarm(score: number, found: RangeExcess, threshold: number, explanations: RowExplanations | null, scoredRow: number): number {
  const folded = withRangeAlarm(score, found.excess, threshold);
  if (folded === score || !explanations || scoredRow < 0) return folded;
  const at = scoredRow * explanations.metrics + found.metric;
  explanations.metricErrors[at] = Math.max(explanations.metricErrors[at], folded * explanations.groups);
  explanations.expected[at] = found.bound;
  return folded;
}
