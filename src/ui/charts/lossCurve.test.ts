import { describe, expect, it } from 'vitest';
import { historyLossRows, liveLossRows, lossAxis } from './lossCurve';

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
