import { describe, expect, it } from 'vitest';
import { contextFeatures, writeContextFeatures } from './context';

const MONDAY_MIDNIGHT = Date.UTC(2024, 0, 1, 0, 0); // 2024-01-01 was a Monday
const THURSDAY_NOON = Date.UTC(2024, 0, 4, 12, 0);

describe('contextFeatures', () => {
  it('00:00 on a Monday: hour angle 0, weekday angle 2π/7', () => {
    const [s, c, ws, wc] = contextFeatures(MONDAY_MIDNIGHT);
    expect(s).toBeCloseTo(0, 12);
    expect(c).toBeCloseTo(1, 12);
    expect(ws).toBeCloseTo(Math.sin((2 * Math.PI) / 7), 12); // 0.7818
    expect(wc).toBeCloseTo(0.6234898, 6);
  });

  it('12:00 on a Thursday: hour angle π, weekday angle 8π/7', () => {
    const [s, c, ws, wc] = contextFeatures(THURSDAY_NOON);
    expect(s).toBeCloseTo(0, 12);
    expect(c).toBeCloseTo(-1, 12);
    expect(ws).toBeCloseTo(-0.4338837, 6);
    expect(wc).toBeCloseTo(-0.9009689, 6);
  });

  it('puts 23:59 next to 00:00 and 06:00 a quarter turn on', () => {
    const [s1, c1] = contextFeatures(MONDAY_MIDNIGHT - 60_000);
    expect(Math.hypot(s1 - 0, c1 - 1)).toBeLessThan(0.01);
    const [s6, c6] = contextFeatures(MONDAY_MIDNIGHT + 6 * 3_600_000);
    expect(s6).toBeCloseTo(1, 12);
    expect(c6).toBeCloseTo(0, 12);
  });
});

describe('writeContextFeatures', () => {
  it('writes the same values mapped to [0, 1] at the offset, touching nothing else', () => {
    const out = new Float32Array(6).fill(-7);
    writeContextFeatures(THURSDAY_NOON, out, 1);
    const expected = contextFeatures(THURSDAY_NOON).map((x) => (x + 1) / 2);
    expect(out[0]).toBe(-7);
    expect(out[5]).toBe(-7);
    for (let i = 0; i < 4; i++) expect(out[1 + i]).toBeCloseTo(expected[i], 6);
  });

  it('agrees with contextFeatures for whole seconds (table) and fractions (direct), before 1970 too', () => {
    const out = new Float32Array(4);
    for (const ms of [THURSDAY_NOON + 1234, THURSDAY_NOON + 86_399_000, MONDAY_MIDNIGHT + 30_000, -86_400_000 * 3 - 500, -1000, 1_700_000_000_000]) {
      writeContextFeatures(ms, out, 0);
      contextFeatures(ms).forEach((x, i) => expect(out[i]).toBeCloseTo((x + 1) / 2, 6));
    }
  });
});
