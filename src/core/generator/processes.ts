import type { GeneratorConfig, ProcessId } from '../../shared/generatorConfig';
import type { Random } from '../random';
import { MS_PER_DAY, MS_PER_MINUTE, utcDayOfWeek } from '../time';
import { seasonalDemandSeries } from './traffic';

/** What drives a process's load: user demand (possibly via another tier) or its own schedule. */
const DRIVERS = ['web', 'app', 'db', 'nightly', 'weekly'] as const;
type Driver = (typeof DRIVERS)[number];

/** The base process type: baseline, load gain and noise for CPU % and RAM %, and what drives it. */
export interface ProcessModel {
  id: ProcessId;
  driver: Driver;
  cpu: { base: number; gain: number; noise: number };
  ram: { base: number; gain: number; noise: number };
}

export const PROCESS_MODELS: Record<ProcessId, ProcessModel> = {
  web: { id: 'web', driver: 'web', cpu: { base: 2, gain: 14, noise: 1.0 }, ram: { base: 4, gain: 3, noise: 0.3 } },
  app: { id: 'app', driver: 'app', cpu: { base: 3, gain: 22, noise: 1.5 }, ram: { base: 14, gain: 8, noise: 0.6 } },
  db: { id: 'db', driver: 'db', cpu: { base: 2, gain: 16, noise: 1.2 }, ram: { base: 20, gain: 4, noise: 0.4 } },
  cache: { id: 'cache', driver: 'web', cpu: { base: 0.5, gain: 3, noise: 0.3 }, ram: { base: 8, gain: 2, noise: 0.2 } },
  batch: { id: 'batch', driver: 'nightly', cpu: { base: 0.2, gain: 28, noise: 2.0 }, ram: { base: 0.5, gain: 12, noise: 0.5 } },
  backup: { id: 'backup', driver: 'weekly', cpu: { base: 0.1, gain: 8, noise: 0.8 }, ram: { base: 0.3, gain: 4, noise: 0.3 } },
};

/** The operating system's own share of the server. */
export const OS_MODEL = { cpu: { base: 2, noise: 0.4 }, ram: { base: 10, noise: 0.2 } };

/** Batch starts 02:00–02:30 UTC and runs 40–80 minutes; the backup starts Sundays 03:00 and runs 90–150. */
const BATCH = { startHour: 2, jitterMinutes: 30, minutes: [40, 80] as const };
const BACKUP = { day: 0, startHour: 3, minutes: [90, 150] as const };
/** Share of the database's load that the nightly batch adds while it runs. */
const BATCH_DB_LOAD = 0.4;
/** AR(1) coefficient of metric noise: successive samples are correlated, as real metrics are. */
const NOISE_MEMORY = 0.8;
const NOISE_SCALE = Math.sqrt(1 - NOISE_MEMORY * NOISE_MEMORY);
/** Slow wander of demand around its seasonal profile (AR(1) over rows, multiplicative). */
const DEMAND_MEMORY = 0.995;
const DEMAND_WANDER = 0.06;

export interface ProcessSeries {
  cpu: Float32Array;
  ram: Float32Array;
}

/** Normal behaviour of every running process and of the OS, before any anomaly. */
export interface NormalBehaviour {
  processes: Map<ProcessId, ProcessSeries>;
  os: ProcessSeries;
  /** 1 while the nightly batch runs (it also hits the database). */
  batchActive: Uint8Array;
  /** 1 while the weekly backup runs (it writes an archive to disk). */
  backupActive: Uint8Array;
  /** Web-tier demand per row, kept so events can replay daytime load at night. */
  demand: Float32Array;
}

/**
 * What a simulation carries from one block of rows to the next, so successive calls form one
 * continuous run (live streaming). Scheduled jobs are drawn per call: give blocks of whole UTC days.
 */
export interface ProcessState {
  wander: number;
  previousWeb: number;
  previousApp: number;
  /** AR(1) noise of each running process's CPU and RAM, then the OS's. */
  noise: Float64Array;
  /** False until a row has been simulated. */
  started: boolean;
}

/** The state before the first row, for a configuration's running processes. */
export function createProcessState(config: GeneratorConfig): ProcessState {
  return { wander: 0, previousWeb: 0, previousApp: 0, noise: new Float64Array(config.processes.length * 2 + 2), started: false };
}

/** Marks the rows inside each day's (or week's) scheduled run of a job. */
function scheduleRuns(
  timestamps: Float64Array,
  rng: Random,
  windowStart: (dayStartMs: number) => number | null,
  minutes: readonly [number, number],
): Uint8Array {
  const active = new Uint8Array(timestamps.length);
  if (timestamps.length === 0) return active;
  const firstDay = Math.floor(timestamps[0] / MS_PER_DAY) * MS_PER_DAY;
  let row = 0;
  for (let day = firstDay; day <= timestamps[timestamps.length - 1]; day += MS_PER_DAY) {
    const start = windowStart(day);
    if (start === null) continue;
    const end = start + rng.uniform(minutes[0], minutes[1]) * MS_PER_MINUTE;
    while (row < timestamps.length && timestamps[row] < start) row++;
    for (let i = row; i < timestamps.length && timestamps[i] < end; i++) active[i] = 1;
  }
  return active;
}

const clampLow = (x: number): number => (x < 0 ? 0 : x);

/**
 * Simulates the processes' CPU % and RAM % row by row: seasonal user demand drives the web tier,
 * the app server follows the web tier one interval later and the database follows the app server.
 * With `state`, the run continues from it and leaves its end state there.
 */
export function simulateProcesses(
  timestamps: Float64Array,
  config: GeneratorConfig,
  rng: Random,
  onRow?: (row: number) => void,
  state?: ProcessState,
): NormalBehaviour {
  const n = timestamps.length;
  const batchActive = scheduleRuns(timestamps, rng, (day) => day + (BATCH.startHour * 60 + rng.uniform(0, BATCH.jitterMinutes)) * MS_PER_MINUTE, BATCH.minutes);
  const backupActive = scheduleRuns(
    timestamps,
    rng,
    (day) => (utcDayOfWeek(day) === BACKUP.day ? day + BACKUP.startHour * 60 * MS_PER_MINUTE : null),
    BACKUP.minutes,
  );

  const running = config.processes.map((id) => PROCESS_MODELS[id]);
  const processes = new Map<ProcessId, ProcessSeries>(running.map((m) => [m.id, { cpu: new Float32Array(n), ram: new Float32Array(n) }]));
  const os = { cpu: new Float32Array(n), ram: new Float32Array(n) };
  const demand = new Float32Array(n);
  const noiseState = state?.noise ?? new Float64Array(running.length * 2 + 2);
  // Flat lookups keep the per-row loop free of allocations and map look-ups.
  const seriesOf = running.map((m) => processes.get(m.id)!);
  const driverOf = running.map((m) => DRIVERS.indexOf(m.driver));
  const loads = new Float64Array(DRIVERS.length);
  // Scheduled jobs are nearly silent between runs, so their noise scales with their load.
  const scheduled = running.map((m) => m.driver === 'nightly' || m.driver === 'weekly');

  const seasonal = seasonalDemandSeries(timestamps, config.intervalSeconds * 1000, config.traffic);
  let wander = state?.wander ?? 0;
  let previousWeb = state?.previousWeb ?? 0;
  let previousApp = state?.previousApp ?? 0;
  // Only the very first row of a run has no earlier tier load to follow.
  const fresh = state?.started !== true;
  for (let i = 0; i < n; i++) {
    wander = DEMAND_MEMORY * wander + DEMAND_WANDER * Math.sqrt(1 - DEMAND_MEMORY * DEMAND_MEMORY) * rng.normal();
    const web = seasonal[i] * (1 + wander);
    const app = i === 0 && fresh ? web : previousWeb;
    const db = (i === 0 && fresh ? app : previousApp) + BATCH_DB_LOAD * batchActive[i];
    demand[i] = web;
    loads[0] = web;
    loads[1] = app;
    loads[2] = db;
    loads[3] = batchActive[i];
    loads[4] = backupActive[i];
    for (let p = 0; p < running.length; p++) {
      const model = running[p];
      const series = seriesOf[p];
      const load = loads[driverOf[p]];
      const cpuNoise = (noiseState[2 * p] = NOISE_MEMORY * noiseState[2 * p] + NOISE_SCALE * rng.normal());
      const ramNoise = (noiseState[2 * p + 1] = NOISE_MEMORY * noiseState[2 * p + 1] + NOISE_SCALE * rng.normal());
      const spread = scheduled[p] ? 0.1 + 0.9 * load : 1;
      series.cpu[i] = clampLow(model.cpu.base + model.cpu.gain * load + spread * model.cpu.noise * cpuNoise);
      series.ram[i] = clampLow(model.ram.base + model.ram.gain * load + spread * model.ram.noise * ramNoise);
    }
    const k = running.length * 2;
    noiseState[k] = NOISE_MEMORY * noiseState[k] + NOISE_SCALE * rng.normal();
    noiseState[k + 1] = NOISE_MEMORY * noiseState[k + 1] + NOISE_SCALE * rng.normal();
    os.cpu[i] = clampLow(OS_MODEL.cpu.base + OS_MODEL.cpu.noise * noiseState[k]);
    os.ram[i] = clampLow(OS_MODEL.ram.base + OS_MODEL.ram.noise * noiseState[k + 1]);
    previousApp = app;
    previousWeb = web;
    if (onRow && (i & 0x7fff) === 0) onRow(i);
  }
  if (state) Object.assign(state, { wander, previousWeb, previousApp, started: state.started || n > 0 });
  return { processes, os, batchActive, backupActive, demand };
}
