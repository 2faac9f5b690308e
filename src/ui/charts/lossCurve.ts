import { logTicks, niceStep } from '../../core/plot/plotScale';
import type { TrainHistory } from '../../shared/model';
import type { LossPoint } from '../../state/trainJob';

/** One row of the loss chart: epochs done, and the losses known at that point (a line joins across a missing one). */
export interface LossRow {
  epoch: number;
  loss?: number | null;
  valLoss?: number | null;
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

const known = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** The y axis for these rows, or null when no loss is positive and finite yet. */
export function lossAxis(rows: readonly LossRow[]): LossAxis | null {
  let low = Infinity;
  let high = -Infinity;
  for (const row of rows) {
    for (const value of [row.loss, row.valLoss]) {
      if (known(value) && value > 0) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
  }
  if (!Number.isFinite(low)) return null;
  // A tenth of a decade of room on each side keeps the lines off the frame.
  const domain: [number, number] = [low / 1.26, high * 1.26];
  // Every 1-2-5 step, however many decades the losses span.
  const ticks = logTicks(domain[0], domain[1], Infinity);
  return { domain, ticks: ticks.length >= 2 ? ticks : [domain[0], domain[1]] };
}

/** One loss line's points: the rows where it is known and positive (a log axis shows no other), joined across the rest. */
export function lossSeries(rows: readonly LossRow[], key: 'loss' | 'valLoss'): { epochs: number[]; values: number[] } {
  const epochs: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    const value = row[key];
    if (known(value) && value > 0) {
      epochs.push(row.epoch);
      values.push(value);
    }
  }
  return { epochs, values };
}

/** The x axis of a run of `epochs` epochs: 0 to the planned end, at most 11 whole-epoch ticks. */
export function epochAxis(epochs: number): { domain: [number, number]; ticks: number[] } {
  const end = Math.max(1, epochs);
  // At least one epoch apart, and a round step that leaves no more than 10 gaps.
  const step = Math.max(1, niceStep(end, 10));
  const ticks: number[] = [];
  for (let tick = 0; tick <= end; tick += step) ticks.push(tick);
  return { domain: [0, end], ticks };
}

/** A hovered row's tooltip lines: the training loss, and the validation loss where that row has one. */
export function lossReadout(row: LossRow): [string, string][] {
  const lines: [string, string][] = [['training loss', known(row.loss) ? row.loss.toExponential(3) : 'no value']];
  if (known(row.valLoss)) lines.push(['validation loss', row.valLoss.toExponential(3)]);
  return lines;
}
