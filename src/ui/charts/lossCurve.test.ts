import { describe, expect, it } from 'vitest';
import { epochAxis, historyLossRows, liveLossRows, lossAxis, lossReadout, lossSeries } from './lossCurve';

describe('historyLossRows', () => {
  it('puts epoch n at x = n and turns NaN into a gap', () => {
    expect(historyLossRows({ loss: [0.3, 0.2], valLoss: [0.35, Number.NaN] })).toEqual([
      { epoch: 1, loss: 0.3, valLoss: 0.35 },
      { epoch: 2, loss: 0.2, valLoss: null },
    ]);
  });
});

describe('liveLossRows', () => {
  it('adds the validation loss only where an epoch ended', () => {
    const rows = liveLossRows(
      [
        { epoch: 0.5, loss: 0.4 },
        { epoch: 1, loss: 0.3 },
        { epoch: 1.5, loss: 0.25 },
      ],
      [0.33],
    );
    expect(rows.map((row) => row.valLoss)).toEqual([null, 0.33, null]);
    expect(rows.map((row) => row.loss)).toEqual([0.4, 0.3, 0.25]);
  });
});

describe('lossAxis', () => {
  it('spans the positive losses with room and puts 1-2-5 ticks inside', () => {
    const axis = lossAxis(historyLossRows({ loss: [0.09, 0.012], valLoss: [0.08, 0.011] }));
    expect(axis).not.toBeNull();
    const { domain, ticks } = axis!;
    expect(domain[0]).toBeLessThan(0.011);
    expect(domain[1]).toBeGreaterThan(0.09);
    expect(ticks).toEqual([0.01, 0.02, 0.05, 0.1]);
  });

  it('is null before any loss is known', () => {
    expect(lossAxis([])).toBeNull();
    expect(lossAxis(historyLossRows({ loss: [Number.NaN], valLoss: [Number.NaN] }))).toBeNull();
  });

  it('falls back to the domain ends when no 1-2-5 tick fits', () => {
    expect(lossAxis(historyLossRows({ loss: [0.031], valLoss: [0.032] }))!.ticks).toHaveLength(2);
  });
});

describe('lossSeries', () => {
  it('keeps the rows where the line is known and positive, so the line joins across the others', () => {
    const rows = liveLossRows(
      [
        { epoch: 0.5, loss: 0.4 },
        { epoch: 1, loss: Number.NaN },
        { epoch: 1.5, loss: 0.25 },
        { epoch: 2, loss: 0.2 },
      ],
      [0.33, 0],
    );
    expect(lossSeries(rows, 'loss')).toEqual({ epochs: [0.5, 1.5, 2], values: [0.4, 0.25, 0.2] });
    // Epoch 2's validation loss of 0 has no place on a log axis.
    expect(lossSeries(rows, 'valLoss')).toEqual({ epochs: [1], values: [0.33] });
    expect(lossSeries([{ epoch: 1, loss: 0.3 }, { epoch: 2, valLoss: 0.2 }], 'loss')).toEqual({ epochs: [1], values: [0.3] });
  });
});

describe('epochAxis', () => {
  it('runs from 0 to the planned epochs with at most 11 whole-epoch ticks', () => {
    expect(epochAxis(5)).toEqual({ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] });
    expect(epochAxis(12).ticks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(epochAxis(1000).ticks).toHaveLength(11);
    expect(epochAxis(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
    for (const epochs of [1, 3, 7, 10, 11, 37, 60, 99, 250]) {
      const { ticks } = epochAxis(epochs);
      expect(ticks.length).toBeLessThanOrEqual(11);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(epochs);
    }
  });
});

describe('lossReadout', () => {
  it('reads both losses in exponent form, and the validation loss only where the row has one', () => {
    expect(lossReadout({ epoch: 2, loss: 0.0123456, valLoss: 0.02 })).toEqual([
      ['training loss', '1.235e-2'],
      ['validation loss', '2.000e-2'],
    ]);
    expect(lossReadout({ epoch: 1.5, loss: null, valLoss: null })).toEqual([['training loss', 'no value']]);
    expect(lossReadout({ epoch: 3, valLoss: 0.5 })).toEqual([
      ['training loss', 'no value'],
      ['validation loss', '5.000e-1'],
    ]);
  });
});
