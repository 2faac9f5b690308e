import { describe, expect, it } from 'vitest';
import { PREPROCESSING_VERSION, type Preprocessing } from '../../shared/preprocessing';
import { CausalMean, expectedValues, fitScoreProfile, normaliseErrors, SCALE_FLOOR_SHARE, SCORE_SPAN_ROWS, smoothRowsFor, smoothScores } from './scoreProfile';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const DAY = 86_400_000;

function layout(features: string[], extra: Partial<Preprocessing> = {}): Preprocessing {
  return {
    version: PREPROCESSING_VERSION,
    features,
    min: features.map(() => 0),
    max: features.map(() => 1),
    context: false,
    window: 1,
    stillness: false,
    inputWidth: features.length,
    ...extra,
  };
}

/** fitScoreProfile for a model without a window, every group a metric but `metricGroups` given. */
function fit(errors: Float32Array, groups: number, metricGroups: number, timestamps: ArrayLike<number>, intervalMs: number, held?: Float32Array, heldTimes?: ArrayLike<number>) {
  const shape = { groups, metricGroups, window: 1, intervalMs };
  return fitScoreProfile({ errors, timestamps }, shape, held && { errors: held, timestamps: heldTimes ?? [] });
}

describe('fitScoreProfile and normaliseErrors', () => {
  it('scales each metric by its own usual error, so a quiet metric is heard beside a noisy one', () => {
    // cpu's usual squared error is 1, ram's 0.1: the same fourfold squared error (twice the usual miss) of each weighs the same.
    const rows = 100;
    const errors = Float32Array.from({ length: rows * 2 }, (_, i) => (i % 2 === 0 ? 1 : 0.1));
    const times = Float64Array.from({ length: rows }, (_, r) => T0 + r * MINUTE);
    const profile = fit(errors, 2, 2, times, MINUTE);
    expect(profile.scales).toEqual([1, expect.closeTo(0.1, 6)]);
    expect(profile.errorUnit).toBe('absolute');
    const scored = normaliseErrors(Float32Array.of(4, 0.1, 1, 0.4), Float64Array.of(T0, T0 + MINUTE), layout(['cpu', 'ram'], { scoring: profile }));
    expect(scored.scores[0]).toBeCloseTo(scored.scores[1], 5);
    expect(scored.scores[0]).toBeCloseTo(1.5, 4);
    expect(Array.from(scored.metricErrors)).toEqual([2, 1, 1, 2].map((v) => expect.closeTo(v, 4)));
  });

  it('takes a metric\'s held-out error as its scale where the model misses new rows more than its training rows', () => {
    // disk drifts past its training range: held out, its usual error is 9× its training one; cpu is fitted alike on both.
    const rows = 40;
    const times = Float64Array.from({ length: rows }, (_, r) => T0 + r * MINUTE);
    const trained = Float32Array.from({ length: rows * 2 }, () => 0.01);
    const held = Float32Array.from({ length: 10 * 2 }, (_, i) => (i % 2 === 0 ? 0.005 : 0.09));
    const profile = fit(trained, 2, 2, times, MINUTE, held);
    expect(profile.scales.map((s) => Number(s.toFixed(6)))).toEqual([0.01, 0.09]);
    expect(fit(trained, 2, 2, times, MINUTE).scales.map((s) => Number(s.toFixed(6)))).toEqual([0.01, 0.01]);
  });

  it('floors the scale of a metric that never moved in training, so its first wobble cannot explode', () => {
    const rows = 50;
    const errors = Float32Array.from({ length: rows * 3 }, (_, i) => (i % 3 === 2 ? 0 : 0.04));
    const times = Float64Array.from({ length: rows }, (_, r) => T0 + r * MINUTE);
    const profile = fit(errors, 3, 3, times, MINUTE);
    expect(profile.scales[2]).toBeCloseTo(SCALE_FLOOR_SHARE * 0.04, 8);
    // A full-range jump of the constant metric counts, but as a bounded multiple of its floor, not as infinity.
    const { scores } = normaliseErrors(Float32Array.of(0.04, 0.04, 0.04), Float64Array.of(T0), layout(['a', 'b', 'c'], { scoring: profile }));
    expect(scores[0]).toBeCloseTo((1 + 1 + Math.sqrt(10)) / 3, 4);
  });

  it('learns what is usual at each time of day: a blip every night at 03:20 scores as normal there and only there', () => {
    const days = 10;
    const perDay = (24 * 60) / 5;
    const times = Float64Array.from({ length: days * perDay }, (_, r) => T0 + r * 5 * MINUTE);
    const isBlip = (t: number) => (t % DAY) === (3 * 60 + 20) * MINUTE;
    const errors = Float32Array.from(times, (t) => (isBlip(t) ? 5 : 0.01));
    const profile = fit(errors, 1, 1, times, 5 * MINUTE);
    expect(profile.seasonal).toMatchObject({ periodMs: DAY, slotMs: 5 * MINUTE });
    const pre = layout(['cpu'], { scoring: profile });
    const at = (t: number) => normaliseErrors(Float32Array.of(5), Float64Array.of(t), pre).scores[0];
    expect(at(T0 + 20 * DAY + (3 * 60 + 20) * MINUTE)).toBeCloseTo(1, 4);
    // One metric alone scores squared-error ratios: no other metric's miss is there to be outweighed.
    expect(profile.errorUnit).toBe('squared');
    expect(at(T0 + 20 * DAY + 12 * 60 * MINUTE)).toBeCloseTo(500, 1);
  });

  it('learns from consecutive held-out rows where a nightly step usually peaks, though it starts at another minute each night', () => {
    const days = 10;
    const times = Float64Array.from({ length: days * 288 }, (_, r) => T0 + r * 5 * MINUTE);
    const stepAt = (day: number) => T0 + day * DAY + (120 + 5 * (day % 5)) * MINUTE; // 02:00 to 02:20
    const isStep = (t: number) => t === stepAt(Math.floor((t - T0) / DAY));
    const errors = Float32Array.from(times, (t, r) => (isStep(t) ? 5 : 0.01 + 0.001 * (r % 7)));
    const pre = (profile: ReturnType<typeof fit>) => layout(['cpu'], { scoring: profile });
    const at = (profile: ReturnType<typeof fit>, t: number) => normaliseErrors(Float32Array.of(5), Float64Array.of(t), pre(profile)).scores[0];
    const withPeaks = fit(errors, 1, 1, times, 5 * MINUTE, errors, times);
    const without = fit(errors, 1, 1, times, 5 * MINUTE);
    const tonight = T0 + 20 * DAY + 130 * MINUTE;
    expect(at(without, tonight)).toBeGreaterThan(100);
    expect(at(withPeaks, tonight)).toBeLessThan(2);
    expect(at(withPeaks, T0 + 20 * DAY + 12 * 60 * MINUTE)).toBeCloseTo(at(without, T0 + 20 * DAY + 12 * 60 * MINUTE), 3);
  });

  it('smooths less as the window reads more rows, so a score always looks back over the same span', () => {
    expect(smoothRowsFor(1)).toBe(SCORE_SPAN_ROWS);
    expect(smoothRowsFor(3)).toBe(SCORE_SPAN_ROWS - 2);
    expect(smoothRowsFor(40)).toBe(1);
    const times = Float64Array.of(T0, T0 + MINUTE);
    const shape = { groups: 1, metricGroups: 1, window: 3, intervalMs: MINUTE };
    expect(fitScoreProfile({ errors: Float32Array.of(1, 1), timestamps: times }, shape).smoothRows).toBe(smoothRowsFor(3));
  });

  it('scores a profile saved with squared-error ratios as it was scored then', () => {
    const profile = { scales: [1, 0.1], seasonal: null, smoothRows: 3, errorUnit: 'squared' as const };
    const { scores } = normaliseErrors(Float32Array.of(4, 0.1), Float64Array.of(T0), layout(['cpu', 'ram'], { scoring: profile }));
    expect(scores[0]).toBeCloseTo((4 + 1) / 2, 5);
  });

  it('scores a model without a profile by plain mean squared error, as before', () => {
    const { scores, metricErrors } = normaliseErrors(Float32Array.of(0.2, 0.4), Float64Array.of(T0), layout(['cpu', 'ram']));
    expect(scores[0]).toBeCloseTo(0.3, 6);
    expect(Array.from(metricErrors)).toEqual([expect.closeTo(0.2, 6), expect.closeTo(0.4, 6)]);
  });
});

describe('causal smoothing', () => {
  it('averages the last few scores, skipping unscored rows, and gives a stream the same scores as a whole series', () => {
    const scores = Float32Array.of(1, 2, NaN, 3, 10, 4);
    expect(Array.from(smoothScores(scores, 3))).toEqual([1, 1.5, NaN, 2, 5, expect.closeTo(17 / 3, 5)]);
    const mean = new CausalMean(3);
    expect(Float32Array.from(scores, (s) => mean.push(s))).toEqual(smoothScores(scores, 3));
    expect(Array.from(smoothScores(scores, 1))).toEqual(Array.from(scores));
  });
});

describe('expectedValues', () => {
  it('undoes the scaler on the reconstruction of the newest window step', () => {
    const pre = layout(['cpu'], { min: [10], max: [110], window: 2, inputWidth: 2 });
    const column = Float32Array.of(50, 60, 70);
    // Row 2's newest step is 0.6 scaled; the model reconstructed 0.5, so the difference is 0.1.
    expect(Array.from(expectedValues(Float32Array.of(0.3, 0.1), [2], [column], pre))).toEqual([expect.closeTo(60, 4)]);
  });
});
