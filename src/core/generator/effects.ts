import type { AnomalyType } from '../../shared/anomaly';
import type { EventSettings, ProcessId, Range } from '../../shared/generatorConfig';
import type { Random } from '../random';
import { cpuKey, ramKey } from './columns';
import { PROCESS_MODELS, type ProcessSeries } from './processes';
import type { ScheduledEvent } from './schedule';

/** The columns an effect may change, all of equal length. */
export interface Workspace {
  intervalSeconds: number;
  processes: Map<ProcessId, ProcessSeries>;
  os: ProcessSeries;
  /** Web-tier demand per row (0..~1). */
  demand: Float32Array;
  cpu: Float32Array;
  ram: Float32Array;
  /** Disk percentage points added by events, summed into the disk column later. */
  diskDelta: Float32Array;
}

/** A workspace over a run of normal process rows, with the totals and disk deltas still empty. */
export function createWorkspace(intervalSeconds: number, normal: Pick<Workspace, 'processes' | 'os' | 'demand'>, rows: number): Workspace {
  return {
    intervalSeconds,
    processes: normal.processes,
    os: normal.os,
    demand: normal.demand,
    cpu: new Float32Array(rows),
    ram: new Float32Array(rows),
    diskDelta: new Float32Array(rows),
  };
}

interface EffectContext {
  event: ScheduledEvent;
  settings: EventSettings;
  rng: Random;
  ws: Workspace;
}

/**
 * How one anomaly type changes the data. `beforeTotals` edits process columns (the server's CPU and RAM
 * are their sum, computed afterwards); `afterTotals` edits the server totals directly. Each returns the
 * keys of the columns it changed.
 */
export interface Effect {
  beforeTotals?(ctx: EffectContext): string[];
  afterTotals?(ctx: EffectContext): string[];
}

const draw = (rng: Random, range: Range | undefined, fallback: Range): number => {
  const [lo, hi] = range ?? fallback;
  return rng.uniform(lo, hi);
};
const clampPercent = (x: number): number => (x < 0 ? 0 : x > 100 ? 100 : x);

/** Adds `points` to the disk over the event, reaching it after the first fifth (files pile up fast). */
function rampDisk(ctx: EffectContext, points: number, shape: 'fast' | 'linear'): void {
  const { startIndex: s, endIndex: e } = ctx.event;
  const length = e - s + 1;
  for (let i = s; i <= e; i++) {
    const progress = (i - s + 1) / length;
    ctx.ws.diskDelta[i] += points * (shape === 'fast' ? Math.min(1, progress * 5) : progress);
  }
}

/** Sets the server's CPU and RAM to the configured ranges, moving the centred process's share along. */
function overrideTotals(ctx: EffectContext, cpuFallback: Range, ramFallback: Range): string[] {
  const { event, settings, rng, ws } = ctx;
  const process = event.process === 'server' ? undefined : ws.processes.get(event.process);
  for (let i = event.startIndex; i <= event.endIndex; i++) {
    const cpu = draw(rng, settings.cpu, cpuFallback);
    const ram = draw(rng, settings.ram, ramFallback);
    if (process) {
      process.cpu[i] = clampPercent(process.cpu[i] + Math.max(0, cpu - ws.cpu[i]));
      process.ram[i] = clampPercent(process.ram[i] + Math.max(0, ram - ws.ram[i]));
    }
    ws.cpu[i] = cpu;
    ws.ram[i] = ram;
  }
  return process && event.process !== 'server' ? ['cpu', 'ram', cpuKey(event.process), ramKey(event.process)] : ['cpu', 'ram'];
}

const withDisk = (keys: string[], points: number | undefined): string[] => (points ? [...keys, 'disk'] : keys);

const spike: Effect = {
  afterTotals(ctx) {
    if (ctx.settings.disk) rampDisk(ctx, ctx.settings.disk, 'fast');
    return withDisk(overrideTotals(ctx, [80, 100], [90, 100]), ctx.settings.disk);
  },
};

const restart: Effect = {
  beforeTotals({ event, rng, ws }) {
    // Every process is down (or just starting) while the machine reboots.
    const keys: string[] = [];
    for (const [id, series] of ws.processes) {
      for (let i = event.startIndex; i <= event.endIndex; i++) {
        series.cpu[i] = rng.uniform(0, 0.5);
        series.ram[i] = rng.uniform(0, 0.5);
      }
      keys.push(cpuKey(id), ramKey(id));
    }
    return keys;
  },
  afterTotals(ctx) {
    if (ctx.settings.disk) rampDisk(ctx, ctx.settings.disk, 'fast');
    return withDisk(overrideTotals({ ...ctx, event: { ...ctx.event, process: 'server' } }, [0, 5], [0, 10]), ctx.settings.disk);
  },
};

const processFailure: Effect = {
  beforeTotals({ event, ws }) {
    const series = ws.processes.get(event.process as ProcessId)!;
    series.cpu.fill(0, event.startIndex, event.endIndex + 1);
    series.ram.fill(0, event.startIndex, event.endIndex + 1);
    return [cpuKey(event.process as ProcessId), ramKey(event.process as ProcessId)];
  },
  afterTotals(ctx) {
    // The crashed process stays at zero while the rest of the server thrashes on retries and a core dump.
    if (ctx.settings.disk) rampDisk(ctx, ctx.settings.disk, 'fast');
    const keys = overrideTotals({ ...ctx, event: { ...ctx.event, process: 'server' } }, [50, 70], [50, 70]);
    return withDisk(keys, ctx.settings.disk);
  },
};

const memoryLeak: Effect = {
  afterTotals({ event, settings, rng, ws }) {
    const id = event.process as ProcessId;
    const series = ws.processes.get(id)!;
    const { startIndex: s, endIndex: e } = event;
    // The leak ends in a restart of the process: its last interval or two are at zero.
    const restartRows = Math.min(e - s, Math.max(1, Math.round(60 / ws.intervalSeconds)));
    const climbEnd = e - restartRows;
    const target = draw(rng, settings.ram, [88, 98]);
    const extra = Math.max(5, target - ws.ram[climbEnd]);
    for (let i = s; i <= climbEnd; i++) {
      const leaked = (extra * (i - s + 1)) / (climbEnd - s + 1);
      series.ram[i] = clampPercent(series.ram[i] + leaked);
      ws.ram[i] = clampPercent(ws.ram[i] + leaked);
    }
    for (let i = climbEnd + 1; i <= e; i++) {
      ws.cpu[i] = Math.max(0, ws.cpu[i] - series.cpu[i]);
      ws.ram[i] = Math.max(0, ws.ram[i] - series.ram[i]);
      series.cpu[i] = 0;
      series.ram[i] = 0;
    }
    return ['ram', ramKey(id), cpuKey(id), 'cpu'];
  },
};

const diskFill: Effect = {
  beforeTotals(ctx) {
    const { event, rng, ws } = ctx;
    rampDisk(ctx, ctx.settings.disk ?? 25, 'linear');
    if (event.process === 'server') return ['disk'];
    // The runaway writer burns a little CPU too.
    const series = ws.processes.get(event.process)!;
    for (let i = event.startIndex; i <= event.endIndex; i++) series.cpu[i] += rng.uniform(2, 4);
    return ['disk', cpuKey(event.process)];
  },
};

/** Processes whose load follows user traffic, and so carry daytime load into the night. */
const TRAFFIC_DRIVEN: readonly ProcessId[] = ['web', 'app', 'db', 'cache'];

const offHoursLoad: Effect = {
  beforeTotals({ event, rng, ws }) {
    const level = rng.uniform(0.85, 1.0);
    const keys: string[] = [];
    for (const id of TRAFFIC_DRIVEN) {
      const series = ws.processes.get(id);
      if (!series) continue;
      const model = PROCESS_MODELS[id];
      for (let i = event.startIndex; i <= event.endIndex; i++) {
        const extra = Math.max(0, level - ws.demand[i]);
        series.cpu[i] += model.cpu.gain * extra;
        series.ram[i] += model.ram.gain * extra;
      }
      keys.push(cpuKey(id), ramKey(id));
    }
    return [...keys, 'cpu', 'ram'];
  },
};

const cascade: Effect = {
  beforeTotals({ event, settings, rng, ws }) {
    const { startIndex: s, endIndex: e } = event;
    const lagRows = (): number => Math.max(1, Math.round(rng.uniform(30, 120) / ws.intervalSeconds));
    const appStart = Math.min(e, s + lagRows());
    const webStart = Math.min(e, appStart + lagRows());
    const db = ws.processes.get('db')!;
    const keys = [cpuKey('db')];
    // The database stalls on a lock: its CPU falls while queries hang.
    for (let i = s; i <= e; i++) db.cpu[i] = rng.uniform(0.5, 3);
    const app = ws.processes.get('app');
    if (app) {
      for (let i = appStart; i <= e; i++) {
        app.cpu[i] = draw(rng, settings.cpu, [40, 60]);
        app.ram[i] += (15 * (i - appStart + 1)) / (e - appStart + 1);
      }
      keys.push(cpuKey('app'), ramKey('app'));
    }
    const web = ws.processes.get('web');
    if (web) {
      for (let i = webStart; i <= e; i++) {
        web.cpu[i] += rng.uniform(10, 20);
        web.ram[i] += (10 * (i - webStart + 1)) / (e - webStart + 1);
      }
      keys.push(cpuKey('web'), ramKey('web'));
    }
    return [...keys, 'cpu', 'ram'];
  },
};

/** Flatline is applied last, over every column, so it has no effect here. */
export const EFFECTS: Record<AnomalyType, Effect> = {
  'Unexpected Spike': spike,
  'Server Restart': restart,
  'Process Failure': processFailure,
  'Memory Leak': memoryLeak,
  'Disk Fill': diskFill,
  'Off-hours Load': offHoursLoad,
  Flatline: {},
  'Cascading Failure': cascade,
};
