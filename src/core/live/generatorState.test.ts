import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config';
import { createDiskState, simulateDisk } from '../generator/disk';
import { createProcessState, simulateProcesses } from '../generator/processes';
import { createRandom } from '../random';
import { seasonalDemand } from '../generator/traffic';

// The generator's state carrying, which the simulated server's continuity rests on.
const N = 3 * 1440;
const START = Date.UTC(2024, 0, 6);
const timestamps = Float64Array.from({ length: N }, (_, i) => START + i * 60_000);
const demand = Float32Array.from({ length: N }, (_, i) => 0.5 + 0.4 * Math.sin(i / 200));
const backup = Uint8Array.from({ length: N }, (_, i) => (i >= 1620 && i < 1740 ? 1 : 0)); // Sunday 03:00–05:00
const delta = new Float32Array(N);

describe('simulateDisk with a carried state', () => {
  it('gives the same run in pieces as in one call', () => {
    const whole = simulateDisk(timestamps, demand, backup, delta, 60, createRandom(3));
    const rng = createRandom(3);
    const state = createDiskState(rng);
    const cuts = [0, 1, 700, 1440, 1650, N];
    const pieces = cuts.slice(1).map((end, k) =>
      simulateDisk(timestamps.subarray(cuts[k], end), demand.subarray(cuts[k], end), backup.subarray(cuts[k], end), delta.subarray(cuts[k], end), 60, rng, state),
    );
    expect(Array.from(pieces.flatMap((p) => Array.from(p)))).toEqual(Array.from(whole));
    expect(state.previousTime).toBe(timestamps[N - 1]);
  });
});

describe('simulateProcesses with a carried state', () => {
  it('continues the run: no reset of demand wander or noise at a block boundary', () => {
    const config = { ...DEFAULT_CONFIG, processes: ['web' as const, 'app' as const] };
    const rng = createRandom(7); // a seed whose wander ends the first day far from 0
    const state = createProcessState(config);
    const day = (d: number) => timestamps.subarray(d * 1440, (d + 1) * 1440);
    const first = simulateProcesses(day(0), config, rng, undefined, state);
    expect(state.started).toBe(true);
    const carried = { ...state, noise: state.noise.slice() };
    expect(carried.previousWeb).toBeCloseTo(first.demand[1439], 5);
    const second = simulateProcesses(day(1), config, rng, undefined, state);
    // Demand is seasonal × (1 + wander), wander an AR(1) with step sd 0.006: the second block's first
    // row continues the first block's wander rather than starting again from 0.
    expect(Math.abs(carried.wander)).toBeGreaterThan(0.03);
    const wander = second.demand[0] / seasonalDemand(timestamps[1440], config.traffic) - 1;
    expect(Math.abs(wander - 0.995 * carried.wander)).toBeLessThan(0.025);
    expect(Math.abs(wander)).toBeGreaterThan(0.1);
    expect(state.noise).not.toEqual(carried.noise);
  });

  it('leaves a fresh run as it was without a state', () => {
    const config = { ...DEFAULT_CONFIG, processes: ['web' as const] };
    const a = simulateProcesses(timestamps.subarray(0, 100), config, createRandom(2));
    const b = simulateProcesses(timestamps.subarray(0, 100), config, createRandom(2), undefined, createProcessState(config));
    expect(b).toEqual(a);
  });
});
