import { describe, expect, it } from 'vitest';
import { ANOMALY_TYPES, labelCode } from '../../shared/anomaly';
import { ConfigError } from '../../shared/errors';
import type { GeneratorConfig } from '../../shared/generatorConfig';
import { DEFAULT_CONFIG } from '../config';
import { MS_PER_DAY } from '../time';
import type { LiveRow } from './liveRow';
import { SimulatedServer } from './simulatedServer';

const START = Date.UTC(2024, 0, 1, 12);
const QUIET: GeneratorConfig = { ...DEFAULT_CONFIG, intervalSeconds: 60, anomalyProbability: 0 };
const BUSY: GeneratorConfig = { ...QUIET, anomalyProbability: 0.01, seed: 7 };
const ROWS_PER_DAY = MS_PER_DAY / 60_000;

const steps = (rows: LiveRow[], key: string) => rows.slice(1).map((r, i) => Math.abs(r.values[key] - rows[i].values[key]));
const crossesMidnight = (rows: LiveRow[], i: number) => Math.floor(rows[i + 1].timestamp / MS_PER_DAY) !== Math.floor(rows[i].timestamp / MS_PER_DAY);

describe('SimulatedServer rows', () => {
  it('produces successive rows at the interval from the start, in the generator’s columns', () => {
    const server = new SimulatedServer(QUIET, START);
    const rows = [...server.next(3), ...server.next(2)];
    expect(rows.map((r) => r.timestamp)).toEqual([0, 1, 2, 3, 4].map((i) => START + i * 60_000));
    expect(Object.keys(rows[0].values)).toEqual(server.columns.map((c) => c.key));
    expect(server.columns.slice(0, 4)).toEqual([
      { key: 'cpu', label: 'CPU %' },
      { key: 'ram', label: 'RAM %' },
      { key: 'disk', label: 'Disk %' },
      { key: 'web.cpu', label: 'Web server CPU %' },
    ]);
    for (const r of rows) {
      expect(r.label).toBe(0);
      for (const v of Object.values(r.values)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
        expect(Math.round(v * 100) / 100).toBe(v); // two decimals, as the log writes them
      }
    }
  });

  it('is deterministic for a seed and differs for another', () => {
    const run = (config: GeneratorConfig) => {
      const server = new SimulatedServer(config, START);
      const rows = server.next(500);
      server.inject('Memory Leak', { process: 'app' });
      return { rows: [...rows, ...server.next(300)], events: server.events() };
    };
    expect(run(BUSY)).toEqual(run(BUSY));
    expect(run({ ...BUSY, seed: 8 }).rows).not.toEqual(run(BUSY).rows);
  });

  it('gives the same rows however the calls are sized', () => {
    const whole = new SimulatedServer(BUSY, START).next(3 * ROWS_PER_DAY);
    const server = new SimulatedServer(BUSY, START);
    const pieces: LiveRow[] = [];
    for (const size of [1, 7, 500, 1, 1439, 2000]) pieces.push(...server.next(size));
    pieces.push(...server.next(whole.length - pieces.length));
    expect(pieces).toEqual(whole);
  });

  it('has no seam at its day blocks: disk and CPU move across midnight as they do within a day', () => {
    const server = new SimulatedServer(QUIET, START);
    // Calls that end at midnight too, so call boundaries and day blocks coincide.
    const rows = [...server.next(ROWS_PER_DAY / 2), ...Array.from({ length: 9 }, () => server.next(ROWS_PER_DAY)).flat(), ...server.next(ROWS_PER_DAY / 2)];
    for (const key of ['cpu', 'ram', 'db.cpu', 'web.ram']) {
      const all = steps(rows, key);
      const atMidnight = all.filter((_, i) => crossesMidnight(rows, i));
      const elsewhere = all.filter((_, i) => !crossesMidnight(rows, i)).sort((a, b) => a - b);
      expect(atMidnight).toHaveLength(10);
      expect(Math.max(...atMidnight), key).toBeLessThanOrEqual(elsewhere[Math.floor(elsewhere.length * 0.999)]);
    }
    // At midnight the disk only drops by the nightly log rotation (at most 0.6 × 0.55 points, as in
    // generateDataset); a disk level redrawn per block would jump by up to 10 points either way.
    const midnight = rows.slice(1).flatMap((r, i) => (crossesMidnight(rows, i) ? [r.values.disk - rows[i].values.disk] : []));
    for (const step of midnight) {
      expect(step).toBeLessThan(0);
      expect(step).toBeGreaterThan(-0.35);
    }
  });

  it('keeps memory bounded: only the days not yet passed stay simulated', () => {
    const server = new SimulatedServer(QUIET, START);
    for (let day = 0; day < 5; day++) server.next(ROWS_PER_DAY);
    expect((server as unknown as { normal: { heldRows: number } }).normal.heldRows).toBeLessThanOrEqual(ROWS_PER_DAY);
  });

  it('produces the rows due by a simulated time, capped', () => {
    const server = new SimulatedServer(QUIET, START);
    expect(server.until(START - 1)).toEqual([]);
    expect(server.until(START + 150_000).map((r) => r.timestamp)).toEqual([START, START + 60_000, START + 120_000]);
    expect(server.until(START + 150_000)).toEqual([]);
    expect(server.until(START + 3_600_000, 10)).toHaveLength(10);
    expect(server.nextTime).toBe(START + 13 * 60_000);
  });
});

describe('SimulatedServer anomalies', () => {
  it('injects an Unexpected Spike at the next row, visible in CPU and labelled', () => {
    const server = new SimulatedServer(QUIET, START);
    const before = server.next(30);
    const event = server.inject('Unexpected Spike', { minutes: 5 });
    expect(event).toMatchObject({ type: 'Unexpected Spike', injected: true, start: START + 30 * 60_000, startIndex: 30, endIndex: 34 });
    expect(event.metrics).toEqual(expect.arrayContaining(['cpu', 'ram']));
    const after = server.next(10);
    const code = labelCode('Unexpected Spike');
    expect(after.map((r) => r.label)).toEqual([code, code, code, code, code, 0, 0, 0, 0, 0]);
    for (const r of after.slice(0, 5)) expect(r.values.cpu).toBeGreaterThanOrEqual(80);
    expect(Math.max(...before.map((r) => r.values.cpu))).toBeLessThan(80);
    expect(server.events()).toEqual([event]);
  });

  it('injects every type with the generator’s effect, labelled over the event’s rows', () => {
    for (const type of ANOMALY_TYPES) {
      const server = new SimulatedServer(QUIET, START);
      const before = server.next(20);
      const event = server.inject(type, { minutes: 20 });
      const rows = server.next(25);
      expect(rows.map((r) => r.label), type).toEqual([...Array(20).fill(labelCode(type)), 0, 0, 0, 0, 0]);
      expect(event.metrics.length, type).toBeGreaterThan(0);
      if (type === 'Flatline') for (const r of rows.slice(0, 20)) expect(r.values).toEqual(before[19].values);
      if (type === 'Server Restart') for (const r of rows.slice(0, 20)) expect(r.values.cpu).toBeLessThanOrEqual(5);
      if (type === 'Process Failure') for (const r of rows.slice(0, 20)) expect(r.values[`${event.process}.cpu`]).toBe(0);
    }
  });

  it('cuts a running anomaly short when another is injected', () => {
    const server = new SimulatedServer(QUIET, START);
    server.next(5);
    const leak = server.inject('Memory Leak', { process: 'db', minutes: 120 });
    server.next(10);
    server.inject('Server Restart', { minutes: 3 });
    const rows = server.next(5);
    expect(rows.map((r) => r.label)).toEqual([2, 2, 2, 0, 0]);
    const events = server.events();
    expect(events.map((e) => [e.type, e.startIndex, e.endIndex])).toEqual([
      ['Memory Leak', 5, 14],
      ['Server Restart', 15, 17],
    ]);
    expect(events[0].end).toBe(START + 14 * 60_000);
    expect(leak.endIndex).toBe(124); // the returned plan is a copy
  });

  it('draws random anomalies with the configured probability and labels exactly their rows', () => {
    const server = new SimulatedServer(BUSY, START);
    const rows = server.next(3 * ROWS_PER_DAY);
    const events = server.events();
    expect(events.length).toBeGreaterThan(5);
    const expected = new Array<number>(rows.length).fill(0);
    for (const e of events) {
      expect(e.injected).toBe(false);
      expect(e.start).toBe(START + e.startIndex * 60_000);
      for (let i = e.startIndex; i <= Math.min(e.endIndex, rows.length - 1); i++) expect(expected[i]).toBe(0);
      expected.fill(labelCode(e.type), e.startIndex, e.endIndex + 1);
    }
    expect(rows.map((r) => r.label)).toEqual(expected.slice(0, rows.length));
  });

  it('explains a type that needs a process the server does not run', () => {
    const server = new SimulatedServer({ ...QUIET, processes: ['web', 'app'] }, START);
    expect(server.cannotInject('Cascading Failure')).toBe('Cascading Failure needs a process this server does not run.');
    expect(server.cannotInject('Unexpected Spike', 'db')).toContain('cannot centre on db');
    expect(server.cannotInject('Unexpected Spike')).toBeNull();
    expect(() => server.inject('Cascading Failure')).toThrow(ConfigError);
  });
});
