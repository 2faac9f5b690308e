import { describe, expect, it } from 'vitest';
import { findIncidents, type ContributionSource } from '../detection/incidents';
import { maintenanceFilter } from '../feedback/maintenance';
import { createRandom } from '../random';
import { LiveIncidentTracker } from './liveIncidents';
import type { LiveIncident } from '../../shared/live';

const GROUPS = ['cpu', 'ram', 'disk', 'time'];
const T0 = Date.UTC(2024, 0, 1);

/** A score series with bursts, gaps of 1-4 rows inside them, and NaN (unscored) rows. */
function series(n: number, seed: number): { timestamps: Float64Array; scores: Float32Array; errors: Float32Array } {
  const random = createRandom(seed);
  const rng = () => random.next();
  const timestamps = Float64Array.from({ length: n }, (_, i) => T0 + i * 30_000);
  const scores = new Float32Array(n);
  const errors = new Float32Array(n * GROUPS.length);
  for (let i = 0; i < n; i++) {
    const burst = Math.floor(i / 40) % 3 === 1;
    scores[i] = rng() < 0.03 ? NaN : burst ? (rng() < 0.7 ? 1 + rng() * 20 : rng() * 0.9) : rng() < 0.02 ? 1.2 : rng() * 0.5;
    for (let g = 0; g < GROUPS.length; g++) errors[i * GROUPS.length + g] = rng() * (g + 1);
  }
  return { timestamps, scores, errors };
}

const contributionsOf = (errors: Float32Array, offset: number): ContributionSource => ({
  names: GROUPS,
  add: (row, into) => {
    for (let g = 0; g < GROUPS.length; g++) into[g] += errors[(offset + row) * GROUPS.length + g];
  },
});

/** Feeds the series in uneven chunks and keeps each incident's latest state. */
function track(data: ReturnType<typeof series>, threshold: number, chunks: number[], cooldownMs = 0, suppressed?: (time: number) => boolean): Map<number, LiveIncident> {
  const tracker = new LiveIncidentTracker({ threshold, groups: GROUPS, cooldownMs, suppressed });
  const latest = new Map<number, LiveIncident>();
  let at = 0;
  for (let c = 0; at < data.scores.length; c++) {
    const end = Math.min(data.scores.length, at + chunks[c % chunks.length]);
    tracker.push(data.timestamps.subarray(at, end), data.scores.subarray(at, end), contributionsOf(data.errors, at));
    for (const incident of tracker.takeChanged()) latest.set(incident.id, incident);
    at = end;
  }
  tracker.finish();
  for (const incident of tracker.takeChanged()) latest.set(incident.id, incident);
  return latest;
}

describe('LiveIncidentTracker', () => {
  it('yields exactly the incidents findIncidents yields, whatever the chunking', () => {
    const data = series(1200, 7);
    const expected = findIncidents(data.timestamps, data.scores, 1, { contributions: contributionsOf(data.errors, 0) });
    expect(expected.length).toBeGreaterThan(5);
    for (const chunks of [[1], [7, 3, 50], [1200]]) {
      const live = track(data, 1, chunks);
      expect(live.size).toBe(expected.length);
      for (const incident of expected) {
        const got = live.get(incident.id)!;
        expect(got).toMatchObject({ start: incident.start, end: incident.end, severity: incident.severity, open: false });
        expect(got.peakScore).toBe(incident.peakScore);
        expect(got.topMetrics.map((m) => m.name)).toEqual(incident.topMetrics.map((m) => m.name));
        got.topMetrics.forEach((m, i) => expect(m.share).toBeCloseTo(incident.topMetrics[i].share, 10));
      }
    }
  });

  it('merges flags within the cool-down into one alarm exactly as findIncidents does, whatever the chunking', () => {
    const data = series(1200, 11);
    const cooldownMs = 5 * 60_000;
    const expected = findIncidents(data.timestamps, data.scores, 1, { contributions: contributionsOf(data.errors, 0), cooldownMs });
    const plain = findIncidents(data.timestamps, data.scores, 1, { contributions: contributionsOf(data.errors, 0) });
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(plain.length);
    // Each alarm opens at least a cool-down after the previous one's last flag.
    expected.slice(1).forEach((incident, i) => expect(incident.start - expected[i].end).toBeGreaterThan(cooldownMs));
    for (const chunks of [[1], [13, 2, 90]]) {
      const live = track(data, 1, chunks, cooldownMs);
      expect([...live.values()].map((i) => [i.start, i.end, i.peakScore])).toEqual(expected.map((i) => [i.start, i.end, i.peakScore]));
      for (const incident of expected) {
        const shares = live.get(incident.id)!.topMetrics.map((m) => m.share);
        incident.topMetrics.forEach((m, k) => expect(shares[k]).toBeCloseTo(m.share, 10));
      }
    }
  });

  it('suppresses rows in maintenance windows exactly as findIncidents does, whatever the chunking', () => {
    const data = series(5760, 5);
    // Daily 02:00–04:00 and Tuesdays all day (UTC), over two days of 30-second rows from Monday.
    const suppressed = maintenanceFilter([{ kind: 'daily', from: 120, to: 240 }, { kind: 'weekly', days: [2], from: 0, to: 1440 }]);
    for (const cooldownMs of [0, 5 * 60_000]) {
      const options = { contributions: contributionsOf(data.errors, 0), cooldownMs };
      const expected = findIncidents(data.timestamps, data.scores, 1, { ...options, suppressed });
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.length).toBeLessThan(findIncidents(data.timestamps, data.scores, 1, options).length);
      for (const chunks of [[1], [13, 2, 90], [5760]]) {
        const live = track(data, 1, chunks, cooldownMs, suppressed);
        expect([...live.values()].map((i) => [i.start, i.end, i.peakScore])).toEqual(expected.map((i) => [i.start, i.end, i.peakScore]));
      }
    }
  });

  it('reports an incident open while it grows and closed once more than gapRows quiet rows follow', () => {
    const tracker = new LiveIncidentTracker({ threshold: 1, groups: [] });
    const times = (from: number, n: number) => Float64Array.from({ length: n }, (_, i) => from + i);
    tracker.push(times(0, 3), Float32Array.of(0, 2, 5));
    expect(tracker.takeChanged()).toEqual([{ id: 1, start: 1, end: 2, peakScore: 5, severity: 'high', topMetrics: [], open: true }]);
    tracker.push(times(3, 2), Float32Array.of(0, NaN));
    expect(tracker.takeChanged()).toEqual([]); // two quiet rows: it may still continue
    tracker.push(times(5, 1), Float32Array.of(0));
    expect(tracker.takeChanged()).toMatchObject([{ id: 1, open: false, end: 2 }]);
    tracker.push(times(6, 1), Float32Array.of(1.6));
    expect(tracker.takeChanged()).toMatchObject([{ id: 2, start: 6, severity: 'medium', open: true }]);
    expect(tracker.open?.id).toBe(2);
    tracker.finish();
    expect(tracker.takeChanged()).toMatchObject([{ id: 2, open: false }]);
    expect(tracker.open).toBeNull();
  });
});
