import type { TrainHistory } from '../../shared/model';
import type { LossPoint } from '../../state/trainJob';

/** One row of the loss chart: epochs done, and the losses known at that point (null leaves a gap). */
export interface LossRow {
  epoch: number;
  loss: number | null;
  valLoss: number | null;
}

const finite = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/** A finished run's per-epoch losses; epoch n's point sits at x = n (after n epochs). */
export function historyLossRows(history: Pick<TrainHistory, 'loss' | 'valLoss'>): readonly LossRow[] {
  return Object.freeze(history.loss.map((loss, i) => ({ epoch: i + 1, loss: finite(loss), valLoss: finite(history.valLoss[i]) })));
}

/**
 * A running run's curve: the running training loss at every report, and each finished epoch's
 * validation loss on the report that closed the epoch.
 */
export function liveLossRows(points: readonly LossPoint[], valLoss: readonly number[]): readonly LossRow[] {
  return Object.freeze(
    points.map((point) => {
      const closesEpoch = Number.isInteger(point.epoch) && point.epoch > 0;
      return { epoch: point.epoch, loss: finite(point.loss), valLoss: closesEpoch ? finite(valLoss[point.epoch - 1]) : null };
    }),
  );
}

/** A log-scale y axis: the range of the finite positive losses with some room, and 1-2-5 ticks inside it. */
export interface LossAxis {
  domain: [number, number];
  ticks: number[];
}

/** The y axis for these rows, or null when no loss is positive and finite yet. */
export function lossAxis(rows: readonly LossRow[]): LossAxis | null {
  let low = Infinity;
  let high = -Infinity;
  for (const row of rows) {
    for (const value of [row.loss, row.valLoss]) {
      if (value !== null && value > 0) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
  }
  if (!Number.isFinite(low)) return null;
  // A tenth of a decade of room on each side keeps the lines off the frame.
  const domain: [number, number] = [low / 1.26, high * 1.26];
  const ticks: number[] = [];
  for (let decade = Math.floor(Math.log10(domain[0])); decade <= Math.ceil(Math.log10(domain[1])); decade++) {
    for (const mantissa of [1, 2, 5]) {
      const tick = Number((mantissa * 10 ** decade).toPrecision(3));
      if (tick >= domain[0] && tick <= domain[1]) ticks.push(tick);
    }
  }
  return { domain, ticks: ticks.length >= 2 ? ticks : [domain[0], domain[1]] };
}
