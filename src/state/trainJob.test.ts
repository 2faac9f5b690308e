import { describe, expect, it } from 'vitest';
import type { TrainUpdate } from '../shared/training';
import { initialTrainJob, isTraining, MAX_LOSS_POINTS, thinLossPoints, trainFraction, withUpdate } from './trainJob';

const update = (epoch: number, batch: number, loss: number, valLoss: number | null = null): TrainUpdate => ({
  epoch,
  epochs: 4,
  batch,
  batches: 10,
  loss,
  valLoss,
  samplesPerSecond: 1000,
  etaSeconds: 5,
  backend: 'wasm',
});

describe('withUpdate', () => {
  it('adds a loss point at the fractional epoch and a validation loss when the epoch ends', () => {
    let job = withUpdate(initialTrainJob(), update(0, 5, 0.4));
    expect(job.status).toBe('running');
    expect(job.lossPoints).toEqual([{ epoch: 0.5, loss: 0.4 }]);
    expect(job.valLoss).toEqual([]);
    job = withUpdate(job, update(0, 10, 0.3, 0.35));
    job = withUpdate(job, update(1, 10, 0.2, 0.25));
    expect(job.lossPoints.map((p) => p.epoch)).toEqual([0.5, 1, 2]);
    expect(job.valLoss).toEqual([0.35, 0.25]);
  });

  it('never duplicates an epoch’s validation loss when a report repeats', () => {
    const job = withUpdate(withUpdate(initialTrainJob(), update(0, 10, 0.3, 0.35)), update(0, 10, 0.3, 0.35));
    expect(job.valLoss).toEqual([0.35]);
  });
});

describe('live curve size', () => {
  it('records NaN for epochs whose closing report was skipped', () => {
    const job = withUpdate(initialTrainJob(), update(2, 10, 0.3, 0.35));
    expect(job.valLoss).toEqual([Number.NaN, Number.NaN, 0.35]);
  });

  it('thins the points between epoch ends and never grows past the cap', () => {
    expect(thinLossPoints([0.1, 0.2, 0.3, 1, 1.1, 1.2].map((epoch) => ({ epoch, loss: 1 }))).map((p) => p.epoch)).toEqual([0.1, 0.3, 1, 1.2]);
    let job = initialTrainJob();
    for (let i = 1; i <= 2000; i++) job = withUpdate(job, { ...update(Math.floor(i / 10), i % 10, 1 / i), batches: 10 });
    expect(job.lossPoints.length).toBeLessThanOrEqual(MAX_LOSS_POINTS);
    expect(job.lossPoints.at(-1)?.epoch).toBe(200);
  });
});

describe('trainFraction', () => {
  it('counts finished epochs and batches of the current one', () => {
    expect(trainFraction(null)).toBe(0);
    expect(trainFraction(update(1, 5, 0.1))).toBeCloseTo(1.5 / 4);
    expect(trainFraction(update(3, 10, 0.1))).toBe(1);
  });
});

describe('isTraining', () => {
  it('is true while preparing, running and saving only', () => {
    const states = ['idle', 'preparing', 'running', 'saving', 'done', 'cancelled', 'failed'] as const;
    expect(states.filter((status) => isTraining({ ...initialTrainJob(), status }))).toEqual(['preparing', 'running', 'saving']);
  });
});
