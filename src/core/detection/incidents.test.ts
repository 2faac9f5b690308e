import { describe, expect, it } from 'vitest';
import { findIncidents, flaggedCount, incidentStartAlarms, type ContributionSource } from './incidents';

const MINUTE = 60_000;
const timesOf = (n: number) => Float64Array.from({ length: n }, (_, r) => r * MINUTE);

describe('findIncidents', () => {
  // Rows:                          0  1  2  3  4    5  6  7  8  9  10  11
  const scores = Float32Array.from([0, 2, 3, 0, NaN, 0, 2, 0, 0, 0, 0, 40]);
  const times = timesOf(scores.length);

  it('joins flagged rows across gaps of up to gapRows unflagged rows, NaN counting as unflagged', () => {
    const incidents = findIncidents(times, scores, 1, { gapRows: 3 });
    expect(incidents.map((i) => [i.id, i.startRow, i.endRow])).toEqual([[1, 1, 6], [2, 11, 11]]);
    const [first] = incidents;
    expect(first).toMatchObject({ start: MINUTE, end: 6 * MINUTE, durationMs: 5 * MINUTE, flaggedRows: 3, peakScore: 3, peakRow: 2 });
    expect(first.meanScore).toBeCloseTo(7 / 3, 6);
  });

  it('splits at a longer gap and numbers incidents in time order', () => {
    const incidents = findIncidents(times, scores, 1, { gapRows: 2 });
    expect(incidents.map((i) => [i.id, i.startRow, i.endRow])).toEqual([[1, 1, 2], [2, 6, 6], [3, 11, 11]]);
    expect(incidents[1].durationMs).toBe(0);
  });

  it('grades severity by the peak relative to the threshold', () => {
    expect(findIncidents(times, scores, 1.9, { gapRows: 0 }).map((i) => i.severity)).toEqual(['medium', 'low', 'critical']);
  });

  it('flags scores equal to the threshold and nothing for a NaN threshold', () => {
    expect(findIncidents(times, scores, 40)).toHaveLength(1);
    expect(findIncidents(times, scores, Number.NaN)).toEqual([]);
  });

  it('names the top contributing groups over the flagged rows', () => {
    // Row r puts r into "cpu" and 1 into "ram", so later rows lean to cpu.
    const contributions: ContributionSource = {
      names: ['cpu', 'ram', 'disk'],
      add: (row, into) => {
        into[0] += row;
        into[1] += 1;
      },
    };
    const [first, , third] = findIncidents(times, scores, 1, { gapRows: 2, contributions, topMetrics: 3 });
    expect(first.topMetrics).toEqual([{ name: 'cpu', share: 0.6 }, { name: 'ram', share: 0.4 }]); // rows 1, 2: cpu 3, ram 2
    expect(third.topMetrics[0]).toEqual({ name: 'cpu', share: 11 / 12 });
    const [one] = findIncidents(times, scores, 1, { contributions, topMetrics: 1 });
    expect(one.topMetrics).toHaveLength(1);
  });

  it('leaves topMetrics empty without contributions and rejects mismatched lengths', () => {
    expect(findIncidents(times, scores, 1)[0].topMetrics).toEqual([]);
    expect(() => findIncidents(times.subarray(1), scores, 1)).toThrow(RangeError);
  });

  it('groups six months of 30-second rows', () => {
    const n = 524_160;
    const big = new Float32Array(n);
    for (let r = 0; r < n; r++) big[r] = r % 1000 < 20 ? 5 : r % 7 === 0 ? Number.NaN : 0.1;
    const incidents = findIncidents(timesOf(n), big, 1, { contributions: { names: ['a', 'b'], add: (_, into) => { into[0] += 1; } } });
    expect(incidents).toHaveLength(Math.ceil(n / 1000));
    expect(incidents[0]).toMatchObject({ startRow: 0, endRow: 19, flaggedRows: 20 });
  });
});

describe('flaggedCount', () => {
  it('counts scores at or above the threshold, never NaN', () => {
    expect(flaggedCount(Float32Array.from([1, NaN, 2, 0.5]), 1)).toBe(2);
  });
});

describe('incidentStartAlarms', () => {
  it('marks the first row of each incident and nothing else', () => {
    expect(Array.from(incidentStartAlarms(6, [{ startRow: 1 }, { startRow: 4 }, { startRow: 9 }]))).toEqual([0, 1, 0, 0, 1, 0]);
  });
});

describe('findIncidents explanations', () => {
  it('ranks the user metrics only, their shares summing to 1, with actual and expected values at the peak', () => {
    const names = ['cpu', 'ram', 'disk'];
    const errors = [
      [1, 3, 0],
      [2, 2, 0],
      [9, 1, 0],
    ];
    const contributions: ContributionSource = {
      names,
      add: (row, into) => errors[row].forEach((e, m) => (into[m] += e)),
      values: (row, metric) => ({ actual: 10 * row + metric, expected: metric }),
    };
    const [incident] = findIncidents(timesOf(3), Float32Array.of(2, 2, 5), 1, { contributions, topMetrics: 3 });
    expect(incident.topMetrics.map((m) => m.name)).toEqual(['cpu', 'ram']);
    expect(incident.topMetrics.reduce((sum, m) => sum + m.share, 0)).toBeCloseTo(1, 12);
    expect(incident.topMetrics[0]).toEqual({ name: 'cpu', share: 12 / 18, actual: 20, expected: 0 });
  });
});

describe('findIncidents alarm policy', () => {
  it('extends the open incident with flags inside the cool-down instead of raising a new alarm', () => {
    // Flags at minutes 0, 10, 70 and 200.
    const scores = new Float32Array(240);
    for (const m of [0, 10, 70, 200]) scores[m] = 5;
    const times = timesOf(240);
    expect(findIncidents(times, scores, 1).map((i) => i.startRow)).toEqual([0, 10, 70, 200]);
    const merged = findIncidents(times, scores, 1, { cooldownMs: 60 * MINUTE });
    expect(merged.map((i) => [i.startRow, i.endRow, i.flaggedRows])).toEqual([[0, 70, 3], [200, 200, 1]]);
  });
});

describe('findIncidents maintenance windows', () => {
  it('lets no suppressed row open or extend an incident: such rows count as unflagged', () => {
    // Rows:                          0  1  2  3  4  5  6  7  8  9
    const scores = Float32Array.from([0, 5, 5, 0, 0, 0, 9, 9, 0, 4]);
    const times = timesOf(scores.length);
    expect(findIncidents(times, scores, 1, { gapRows: 1 }).map((i) => [i.startRow, i.endRow])).toEqual([[1, 2], [6, 9]]);
    // Rows 6..7 in a window: the big burst raises nothing, and row 9 opens its own incident.
    const suppressed = (time: number) => time >= 6 * MINUTE && time < 8 * MINUTE;
    const incidents = findIncidents(times, scores, 1, { gapRows: 1, suppressed });
    expect(incidents.map((i) => [i.id, i.startRow, i.endRow, i.peakScore, i.flaggedRows])).toEqual([[1, 1, 2, 5, 2], [2, 9, 9, 4, 1]]);
    // A window over the tail of an incident ends it at its last row outside.
    expect(findIncidents(times, scores, 1, { gapRows: 1, suppressed: (time) => time === 2 * MINUTE }).map((i) => [i.startRow, i.endRow])).toEqual([[1, 1], [6, 9]]);
  });
});
