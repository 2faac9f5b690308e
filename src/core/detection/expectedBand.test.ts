import { describe, expect, it } from 'vitest';
import { PREPROCESSING_VERSION, type Preprocessing, type ScoreProfile } from '../../shared/preprocessing';
import { slotCount } from '../seasons';
import { alarmFreeHalfWidth, expectedBand } from './expectedBand';
import { normaliseErrors } from './scoreProfile';

/** Two metrics (cpu 0–100, ram 0–50), no context: two groups. */
function layout(scoring?: ScoreProfile): Preprocessing {
  return { version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 0], max: [100, 50], context: false, window: 1, inputWidth: 2, scoring };
}

const absolute: ScoreProfile = { scales: [0.0004, 0.0001], seasonal: null, smoothRows: 1, errorUnit: 'absolute' };

/** The score of one row whose metrics are off by these amounts in their own units. */
function scoreOf(pre: Preprocessing, offsets: number[]): number {
  const squared = Float32Array.from(offsets, (d, f) => (d / (pre.max[f] - pre.min[f])) ** 2);
  return normaliseErrors(squared, [Date.UTC(2024, 0, 1)], pre).scores[0];
}

describe('alarmFreeHalfWidth', () => {
  it('is the error that, with every other metric at its usual error, lifts the score exactly to the threshold', () => {
    const pre = layout(absolute);
    const threshold = 3;
    const cpu = alarmFreeHalfWidth(pre, 0, threshold)(0);
    // ram at its usual error: √scale in scaled units.
    const usualRam = Math.sqrt(absolute.scales[1]) * 50;
    expect(scoreOf(pre, [cpu, usualRam])).toBeCloseTo(threshold, 5);
    expect(scoreOf(pre, [cpu * 0.9, usualRam])).toBeLessThan(threshold);
    // Groups × threshold − (groups − 1) = 5 usual errors of cpu: 5 × 0.02 × 100.
    expect(cpu).toBeCloseTo(10, 6);
  });

  it('reads the squared unit and a model without a profile', () => {
    const squared = layout({ ...absolute, errorUnit: 'squared' });
    const cpu = alarmFreeHalfWidth(squared, 0, 3)(0);
    expect(scoreOf(squared, [cpu, Math.sqrt(absolute.scales[1]) * 50])).toBeCloseTo(3, 5);
    const plain = layout();
    const raw = alarmFreeHalfWidth(plain, 1, 0.01)(0);
    expect(scoreOf(plain, [0, raw])).toBeCloseTo(0.01, 6);
  });

  it('is zero, never negative, when the usual errors alone reach the threshold', () => {
    expect(alarmFreeHalfWidth(layout(absolute), 0, 0.5)(0)).toBe(0);
  });

  it('follows the usual error of the row’s time slot', () => {
    const season = { periodMs: 86_400_000, slotMs: 43_200_000 };
    const slots = slotCount(season);
    // cpu usual error four times larger in the afternoon slot.
    const scales = [0.0004, 0.0016, 0.0001, 0.0001];
    expect(scales).toHaveLength(2 * slots);
    const pre = layout({ ...absolute, seasonal: { ...season, scales } });
    const halfAt = alarmFreeHalfWidth(pre, 0, 3);
    expect(halfAt(Date.UTC(2024, 0, 1, 15)) / halfAt(Date.UTC(2024, 0, 1, 3))).toBeCloseTo(2, 6);
  });
});

describe('expectedBand', () => {
  it('is expected ± the half-width on each row, NaN where the row was not scored', () => {
    const pre = layout(absolute);
    const band = expectedBand(Float32Array.of(40, Number.NaN, 60), [0, 1, 2], pre, 0, 3);
    expect(Array.from(band.low)).toEqual([30, Number.NaN, 50]);
    expect(Array.from(band.high)).toEqual([50, Number.NaN, 70]);
  });
});
