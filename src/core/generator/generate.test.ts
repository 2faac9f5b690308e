import { describe, expect, it } from 'vitest';
import { ANOMALY_TYPES, labelCode, type AnomalyEvent, type AnomalyType } from '../../shared/anomaly';
import type { Dataset } from '../../shared/dataset';
import type { GeneratorConfig } from '../../shared/generatorConfig';
import { DEFAULT_CONFIG } from '../config';
import { serverLogParts } from '../formats/serverLog';
import { utcDayOfWeek, utcHourOfDay } from '../time';
import { generateDataset } from './generate';

const SMALL: GeneratorConfig = { ...DEFAULT_CONFIG, months: 1, intervalSeconds: 60, seed: 11 };

/** A config whose anomalies are all of one type, frequent enough to see several. */
function only(type: AnomalyType, overrides: Partial<GeneratorConfig> = {}): GeneratorConfig {
  const events = Object.fromEntries(ANOMALY_TYPES.map((t) => [t, { ...DEFAULT_CONFIG.events[t], enabled: t === type }]));
  return { ...SMALL, anomalyProbability: 0.004, events: events as GeneratorConfig['events'], ...overrides };
}

const column = (ds: Dataset, key: string): Float32Array => {
  const found = ds.columns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found.values;
};
const within = (values: Float32Array, e: AnomalyEvent): number[] => Array.from(values.subarray(e.startIndex, e.endIndex + 1));
const mean = (xs: ArrayLike<number>): number => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;

function generateOnly(type: AnomalyType, overrides: Partial<GeneratorConfig> = {}): Dataset {
  const ds = generateDataset(only(type, overrides));
  expect(ds.events.length).toBeGreaterThan(2);
  for (const e of ds.events) expect(e.type).toBe(type);
  return ds;
}

describe('generateDataset', () => {
  it('gives byte-identical output for the same seed and configuration', () => {
    const a = generateDataset(SMALL);
    const b = generateDataset(SMALL);
    expect(serverLogParts(a).join('')).toBe(serverLogParts(b).join(''));
    expect(a.events).toEqual(b.events);
    expect(Array.from(a.labels!)).toEqual(Array.from(b.labels!));
    const c = generateDataset({ ...SMALL, seed: 12 });
    expect(serverLogParts(c).join('')).not.toBe(serverLogParts(a).join(''));
  });

  it('covers the configured period at the configured interval with server and process columns', () => {
    const ds = generateDataset({ ...SMALL, months: 6, intervalSeconds: 30 });
    expect(ds.meta.rowCount).toBe(182 * 2880); // 2024-01-01 .. 2024-07-01
    expect(ds.timestamps[0]).toBe(Date.UTC(2024, 0, 1));
    expect(ds.timestamps[1] - ds.timestamps[0]).toBe(30_000);
    expect(ds.meta.columnKeys).toEqual([
      'cpu', 'ram', 'disk', 'web.cpu', 'web.ram', 'app.cpu', 'app.ram', 'db.cpu', 'db.ram',
      'cache.cpu', 'cache.ram', 'batch.cpu', 'batch.ram', 'backup.cpu', 'backup.ram',
    ]);
  });

  it('runs only the configured processes', () => {
    const ds = generateDataset({ ...SMALL, processes: ['web', 'db'] });
    expect(ds.meta.columnKeys).toEqual(['cpu', 'ram', 'disk', 'web.cpu', 'web.ram', 'db.cpu', 'db.ram']);
  });

  it('labels exactly the rows of each injected event with its type', () => {
    const ds = generateDataset({ ...SMALL, anomalyProbability: 0.002 });
    const expected = new Uint8Array(ds.meta.rowCount);
    for (const e of ds.events) expected.fill(labelCode(e.type), e.startIndex, e.endIndex + 1);
    expect(Array.from(ds.labels!)).toEqual(Array.from(expected));
    for (const e of ds.events) {
      expect(e.start).toBe(ds.timestamps[e.startIndex]);
      expect(e.end).toBe(ds.timestamps[e.endIndex]);
      expect(e.metrics.length).toBeGreaterThan(0);
    }
  });

  it('injects nothing when the anomaly probability is 0', () => {
    const ds = generateDataset({ ...SMALL, anomalyProbability: 0 });
    expect(ds.events).toEqual([]);
    expect(ds.labels!.every((l) => l === 0)).toBe(true);
  });

  it('keeps every value within 0..100 with two decimals, disk included', () => {
    const ds = generateDataset(only('Disk Fill', { anomalyProbability: 0.01, events: { ...only('Disk Fill').events, 'Disk Fill': { ...DEFAULT_CONFIG.events['Disk Fill'], disk: 100 } } }));
    const bad: string[] = [];
    for (const c of ds.columns) {
      c.values.forEach((v, i) => {
        const twoDecimals = Math.abs(v * 100 - Math.round(v * 100)) < 1e-3;
        if (!(v >= 0 && v <= 100 && twoDecimals)) bad.push(`${c.key}[${i}] = ${v}`);
      });
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(Math.max(...column(ds, 'disk'))).toBe(100);
  });
});

describe('anomaly effects', () => {
  it('Unexpected Spike: CPU 80–100, RAM 90–100, disk up by about 10', () => {
    const ds = generateOnly('Unexpected Spike');
    const [cpu, ram, disk] = ['cpu', 'ram', 'disk'].map((k) => column(ds, k));
    for (const e of ds.events) {
      for (const v of within(cpu, e)) expect(v).toBeGreaterThanOrEqual(80);
      for (const v of within(ram, e)) expect(v).toBeGreaterThanOrEqual(90);
      if (e.startIndex > 0 && ds.labels![e.startIndex - 1] === 0) expect(disk[e.endIndex] - disk[e.startIndex - 1]).toBeGreaterThan(8);
      expect(e.metrics).toEqual(expect.arrayContaining(['cpu', 'ram', 'disk']));
    }
  });

  it('Server Restart: CPU 0–5, RAM 0–10, every process down', () => {
    const ds = generateOnly('Server Restart');
    for (const e of ds.events) {
      for (const v of within(column(ds, 'cpu'), e)) expect(v).toBeLessThanOrEqual(5);
      for (const v of within(column(ds, 'ram'), e)) expect(v).toBeLessThanOrEqual(10);
      for (const v of within(column(ds, 'app.cpu'), e)) expect(v).toBeLessThanOrEqual(0.5);
    }
  });

  it('Process Failure: the process drops to zero while the server runs at 50–70', () => {
    const ds = generateOnly('Process Failure');
    for (const e of ds.events) {
      expect(e.process).not.toBe('server');
      for (const v of within(column(ds, `${e.process}.cpu`), e)) expect(v).toBe(0);
      for (const v of within(column(ds, 'cpu'), e)) expect(v).toBeGreaterThanOrEqual(50);
      for (const v of within(column(ds, 'cpu'), e)) expect(v).toBeLessThanOrEqual(70);
    }
  });

  it('Memory Leak: a process RAM climbs to a high server RAM, then the process restarts', () => {
    const ds = generateOnly('Memory Leak', { anomalyProbability: 0.002 });
    for (const e of ds.events) {
      const ram = within(column(ds, `${e.process}.ram`), e);
      const climbEnd = ram.length - 2;
      expect(ram[climbEnd]).toBeGreaterThan(ram[0] + 4);
      expect(column(ds, 'ram')[e.startIndex + climbEnd]).toBeGreaterThanOrEqual(85);
      expect(ram[ram.length - 1]).toBe(0);
    }
  });

  it('Disk Fill: disk climbs by the configured points over the event', () => {
    const ds = generateOnly('Disk Fill', { anomalyProbability: 0.002 });
    const disk = column(ds, 'disk');
    for (const e of ds.events.filter((x) => x.startIndex > 0 && x.endIndex < ds.meta.rowCount - 1)) {
      expect(disk[e.endIndex] - disk[e.startIndex - 1]).toBeGreaterThan(20);
      expect(disk[e.endIndex + 1]).toBeLessThan(disk[e.endIndex] - 15); // cleaned up afterwards
    }
  });

  it('Off-hours Load: daytime load at night', () => {
    const ds = generateOnly('Off-hours Load');
    const webCpu = column(ds, 'web.cpu');
    let compared = 0;
    for (const e of ds.events) {
      expect(utcHourOfDay(e.start)).toBeLessThan(8);
      const dayBefore = e.startIndex - 24 * 60; // one row a minute
      const length = e.endIndex - e.startIndex + 1;
      if (dayBefore < 0 || ds.labels!.subarray(dayBefore, dayBefore + length).some((l) => l !== 0)) continue;
      compared++;
      expect(mean(within(webCpu, e))).toBeGreaterThan(mean(webCpu.subarray(dayBefore, dayBefore + length)) + 8);
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('Flatline: every column frozen', () => {
    const ds = generateOnly('Flatline');
    for (const e of ds.events) {
      for (const c of ds.columns) expect(new Set(within(c.values, e)).size).toBe(1);
      expect(e.metrics).toHaveLength(ds.columns.length);
    }
  });

  it('Cascading Failure: the database stalls, then the app server, then the web server react', () => {
    const ds = generateOnly('Cascading Failure');
    const firstRise = (values: Float32Array, e: AnomalyEvent, above: number) =>
      within(values, e).findIndex((v) => v >= above);
    for (const e of ds.events.filter((x) => x.endIndex - x.startIndex > 8)) {
      for (const v of within(column(ds, 'db.cpu'), e)) expect(v).toBeLessThanOrEqual(3);
      const app = firstRise(column(ds, 'app.cpu'), e, 40);
      expect(app).toBeGreaterThan(0);
      expect(e.metrics).toEqual(expect.arrayContaining(['db.cpu', 'app.cpu', 'web.cpu']));
    }
  });
});

describe('seasonality', () => {
  const quiet: GeneratorConfig = { ...SMALL, anomalyProbability: 0, months: 2 };
  const meanWhere = (ds: Dataset, key: string, keep: (t: number) => boolean) => {
    const values = column(ds, key);
    const picked: number[] = [];
    ds.timestamps.forEach((t, i) => keep(t) && picked.push(values[i]));
    return mean(picked);
  };
  const weekday = (t: number) => utcDayOfWeek(t) >= 1 && utcDayOfWeek(t) <= 5;
  const businessDay = (t: number) => weekday(t) && utcHourOfDay(t) >= 11 && utcHourOfDay(t) < 16;
  const night = (t: number) => weekday(t) && utcHourOfDay(t) >= 4 && utcHourOfDay(t) < 5;

  it('web CPU by day and by night differs by the configured night level', () => {
    for (const nightLevel of [0.1, 0.6]) {
      const ds = generateDataset({ ...quiet, traffic: { ...quiet.traffic, nightLevel } });
      const gap = meanWhere(ds, 'web.cpu', businessDay) - meanWhere(ds, 'web.cpu', night);
      // web CPU = 2 + 14 × demand; demand runs from the night level up to about 1.
      expect(gap).toBeGreaterThan(14 * (1 - nightLevel) * 0.75);
      expect(gap).toBeLessThan(14 * (1 - nightLevel) * 1.1);
    }
  });

  it('weekends are quieter than weekdays and the server follows its processes', () => {
    const ds = generateDataset(quiet);
    const weekend = (t: number) => !weekday(t) && utcHourOfDay(t) >= 11 && utcHourOfDay(t) < 16;
    expect(meanWhere(ds, 'cpu', businessDay)).toBeGreaterThan(meanWhere(ds, 'cpu', weekend) + 10);
  });

  it('the nightly batch runs around 02:00 and the backup on Sunday mornings', () => {
    const ds = generateDataset(quiet);
    const batchHour = (t: number) => utcHourOfDay(t) >= 2.6 && utcHourOfDay(t) < 3;
    const afternoon = (t: number) => utcHourOfDay(t) >= 14 && utcHourOfDay(t) < 15;
    expect(meanWhere(ds, 'batch.cpu', batchHour)).toBeGreaterThan(20);
    expect(meanWhere(ds, 'batch.cpu', afternoon)).toBeLessThan(1);
    const sundayBackup = (t: number) => utcDayOfWeek(t) === 0 && utcHourOfDay(t) >= 3 && utcHourOfDay(t) < 4.4;
    const mondayMorning = (t: number) => utcDayOfWeek(t) === 1 && utcHourOfDay(t) >= 3 && utcHourOfDay(t) < 4.4;
    expect(meanWhere(ds, 'backup.cpu', sundayBackup)).toBeGreaterThan(5);
    expect(meanWhere(ds, 'backup.cpu', mondayMorning)).toBeLessThan(1);
  });
});
