import type { TrainHistory } from '../shared/model';
import type { TrainUpdate } from '../shared/training';

export type TrainStatus = 'idle' | 'preparing' | 'running' | 'saving' | 'done' | 'cancelled' | 'failed';

/** One point of the live training-loss curve: the loss of the latest batches at a fractional epoch. */
export interface LossPoint {
  /** Epochs done, e.g. 2.5 halfway through the third. */
  epoch: number;
  loss: number;
}

/** The Train panel's run: status, the latest report and the curves drawn so far. */
export interface TrainJob {
  status: TrainStatus;
  datasetName: string | null;
  update: TrainUpdate | null;
  lossPoints: LossPoint[];
  /** Validation loss of each finished epoch (NaN when there are no validation rows). */
  valLoss: number[];
  /** Set when status is 'done'. */
  history: TrainHistory | null;
  savedModelName: string | null;
}

export function initialTrainJob(): TrainJob {
  return { status: 'idle', datasetName: null, update: null, lossPoints: [], valLoss: [], history: null, savedModelName: null };
}

/** True from Train until the model is saved or the run ends. */
export function isTraining(job: TrainJob): boolean {
  return job.status === 'preparing' || job.status === 'running' || job.status === 'saving';
}

/** Most points the live curve keeps; beyond it every other point within an epoch is dropped. */
export const MAX_LOSS_POINTS = 400;

/** Halves the points between epoch ends, keeping every epoch end and the latest point. */
export function thinLossPoints(points: readonly LossPoint[]): LossPoint[] {
  let inner = 0;
  return points.filter((point, i) => Number.isInteger(point.epoch) || i === points.length - 1 || inner++ % 2 === 0);
}

/** Validation losses with `value` at epoch `epoch`; epochs whose report was skipped hold NaN. */
function withValLoss(valLoss: readonly number[], epoch: number, value: number): number[] {
  const next = valLoss.slice(0, epoch);
  while (next.length < epoch) next.push(Number.NaN);
  next.push(value);
  return next;
}

/** The job after one progress report: the report, one more loss point, and the validation loss when an epoch ends. */
export function withUpdate(job: TrainJob, update: TrainUpdate): TrainJob {
  const epochDone = update.batch >= update.batches;
  const point = { epoch: update.epoch + update.batch / update.batches, loss: update.recentLoss ?? update.loss };
  const points = [...job.lossPoints, point];
  return {
    ...job,
    status: 'running',
    update,
    lossPoints: points.length > MAX_LOSS_POINTS ? thinLossPoints(points) : points,
    valLoss: epochDone && update.valLoss !== null ? withValLoss(job.valLoss, update.epoch, update.valLoss) : job.valLoss,
  };
}

/** Share of the planned batches done, 0..1, for the progress bar. */
export function trainFraction(update: TrainUpdate | null): number {
  if (!update || update.epochs === 0) return 0;
  return Math.min(1, (update.epoch + update.batch / Math.max(1, update.batches)) / update.epochs);
}
