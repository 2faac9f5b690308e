import { labelCode, type AnomalyType } from '../../shared/anomaly';
import { ConfigError } from '../../shared/errors';
import type { GeneratorConfig, ProcessId } from '../../shared/generatorConfig';
import { createRandom, deriveSeed, type Random } from '../random';
import { cpuKey, processLabel, ramKey, SERVER_KEYS, serverLabel } from '../generator/columns';
import { createDiskState, simulateDisk, type DiskState } from '../generator/disk';
import type { Workspace } from '../generator/effects';
import { roundToPercent, STREAM, sumTotals } from '../generator/generate';
import { drawEventProcess, drawEventRows, eligibleProcesses } from '../generator/schedule';
import type { LiveRow } from './liveRow';
import { buildFrame, RandomSchedule, type EventPlan, type Frame, type LiveEvent } from './simulatedEvents';
import { NormalStream } from './simulatedNormal';

/** Its own stream for injected anomalies' draws, apart from the generator's four. */
const INJECT_STREAM = 5;

/** Options of {@link SimulatedServer.inject}. */
export interface InjectOptions {
  /** The process to centre on; default drawn among the eligible ones. */
  process?: ProcessId | 'server';
  /** Length in minutes; default drawn from the type's configured duration range. */
  minutes?: number;
}

/**
 * A simulated server that keeps producing rows like the generator's, from `start` on at the
 * configured interval, for live analysis. Its rows are continuous across calls and across its
 * internal day blocks (process and disk state carry over); anomalies begin at random with the
 * configured probability or when {@link inject}ed, shaped by the generator's own effect code and
 * labelled, so the caller knows the ground truth. The same configuration, start and calls give the
 * same rows. Row numbers (events' startIndex/endIndex) count from the first row, 0.
 */
export class SimulatedServer {
  /** Column keys and labels in the generator's order: server CPU, RAM, Disk, then each process's CPU and RAM. */
  readonly columns: { key: string; label: string }[];
  readonly intervalMs: number;
  private readonly normal: NormalStream;
  private readonly schedule: RandomSchedule;
  private readonly effectsRng: Random;
  private readonly injectRng: Random;
  private readonly diskRng: Random;
  private diskState: DiskState | null = null;
  /** The anomaly running or planned next; null when none. */
  private frame: Frame | null = null;
  private readonly started: LiveEvent[] = [];
  /** Values of the last emitted row, and the frozen ones of a running flatline. */
  private last: Float32Array | null = null;
  private frozen: Float32Array | null = null;
  /** The next row to emit. */
  private cursor = 0;

  constructor(
    private readonly config: GeneratorConfig,
    /** Epoch ms of the first row. */
    readonly start: number,
  ) {
    this.intervalMs = config.intervalSeconds * 1000;
    const seed = config.seed;
    this.normal = new NormalStream(config, start, createRandom(deriveSeed(seed, STREAM.processes)));
    this.schedule = new RandomSchedule(config, createRandom(deriveSeed(seed, STREAM.events)), (row) => this.timeOf(row));
    this.effectsRng = createRandom(deriveSeed(seed, STREAM.effects));
    this.diskRng = createRandom(deriveSeed(seed, STREAM.disk));
    this.injectRng = createRandom(deriveSeed(seed, INJECT_STREAM));
    this.columns = [
      ...SERVER_KEYS.map((key) => ({ key: key as string, label: serverLabel(key) })),
      ...config.processes.flatMap((p) => [
        { key: cpuKey(p), label: processLabel(p, 'cpu') },
        { key: ramKey(p), label: processLabel(p, 'ram') },
      ]),
    ];
  }

  /** Time of a row. */
  timeOf(row: number): number {
    return this.start + row * this.intervalMs;
  }

  /** Time of the next row to be produced. */
  get nextTime(): number {
    return this.timeOf(this.cursor);
  }

  /** Produces the next `count` rows. */
  next(count: number): LiveRow[] {
    const n = Math.max(0, Math.floor(count));
    if (n === 0) return [];
    const first = this.cursor;
    const chunk = this.normal.copy(first, first + n - 1);
    const ws: Workspace = {
      intervalSeconds: this.config.intervalSeconds,
      processes: chunk.processes,
      os: chunk.os,
      demand: chunk.demand,
      cpu: new Float32Array(n),
      ram: new Float32Array(n),
      diskDelta: new Float32Array(n),
    };
    sumTotals(ws);
    const labels = new Uint8Array(n);
    const flat = new Uint8Array(n);
    for (let k = 0; k < n; k++) this.placeRow(first + k, k, ws, labels, flat);
    const timestamps = Float64Array.from({ length: n }, (_, k) => this.timeOf(first + k));
    this.diskState ??= createDiskState(this.diskRng);
    const disk = simulateDisk(timestamps, chunk.demand, chunk.backupActive, ws.diskDelta, this.config.intervalSeconds, this.diskRng, this.diskState);
    const columns = [ws.cpu, ws.ram, disk, ...this.config.processes.flatMap((p) => [chunk.processes.get(p)!.cpu, chunk.processes.get(p)!.ram])];
    for (const column of columns) roundToPercent(column);
    const rows = new Array<LiveRow>(n);
    for (let k = 0; k < n; k++) rows[k] = this.emit(timestamps[k], columns, k, labels[k], flat[k] !== 0);
    this.cursor = first + n;
    this.normal.discardBefore(this.cursor);
    return rows;
  }

  /** Produces every row due up to `time` (inclusive), at most `maxRows`; the rest follow on the next call. */
  until(time: number, maxRows = 100_000): LiveRow[] {
    const due = Math.floor((time - this.nextTime) / this.intervalMs) + 1;
    return this.next(Math.min(Math.max(0, due), maxRows));
  }

  /** Why `type` cannot be injected (a process it needs is not running), or null when it can. */
  cannotInject(type: AnomalyType, process?: ProcessId | 'server'): string | null {
    const eligible = eligibleProcesses(type, this.config.processes);
    if (eligible.length === 0) return `${type} needs a process this server does not run.`;
    if (process !== undefined && !eligible.includes(process)) return `${type} cannot centre on ${process}; it can centre on: ${eligible.join(', ')}.`;
    return null;
  }

  /**
   * Starts an anomaly of `type` at the next row, shaped by the generator's effect code and labelled.
   * An anomaly already running ends at the last produced row; one planned for later is dropped.
   * Returns the event as planned (it also appears in {@link events} once its first row is produced).
   * @throws ConfigError when the type cannot be injected here (see cannotInject).
   */
  inject(type: AnomalyType, options: InjectOptions = {}): LiveEvent {
    const problem = this.cannotInject(type, options.process);
    if (problem !== null) throw new ConfigError([problem], 'The anomaly cannot be injected');
    const settings = this.config.events[type];
    const rows = options.minutes !== undefined && options.minutes > 0
      ? Math.max(1, Math.round((options.minutes * 60_000) / this.intervalMs))
      : drawEventRows(settings, this.intervalMs, this.injectRng);
    const process = options.process ?? drawEventProcess(type, this.config.processes, this.injectRng);
    this.endFrame(this.cursor - 1);
    this.startFrame({ type, process, startRow: this.cursor, endRow: this.cursor + rows - 1, injected: true });
    return this.eventOf(this.frame!);
  }

  /**
   * Anomalies that have begun so far, oldest first (copies). A running one's end is its planned end,
   * possibly beyond the rows produced yet; a cut-short one shows its real end.
   */
  events(): LiveEvent[] {
    return this.started.map((e) => ({ ...e, metrics: [...e.metrics] }));
  }

  /** Decides row `row`'s anomaly and, inside one, copies the anomaly's columns into chunk row `k`. */
  private placeRow(row: number, k: number, ws: Workspace, labels: Uint8Array, flat: Uint8Array): void {
    if (this.frame !== null && row > this.frame.plan.endRow) this.frame = null;
    if (this.frame === null) {
      const plan = this.schedule.draw(row);
      if (plan !== null) this.startFrame(plan);
    }
    const frame = this.frame;
    if (frame === null || row < frame.plan.startRow) return;
    const j = row - frame.plan.startRow;
    if (j === 0) this.started.push(this.eventOf(frame));
    const src = frame.ws;
    for (const [id, series] of ws.processes) {
      series.cpu[k] = src.processes.get(id)!.cpu[j];
      series.ram[k] = src.processes.get(id)!.ram[j];
    }
    ws.cpu[k] = src.cpu[j];
    ws.ram[k] = src.ram[j];
    ws.diskDelta[k] = src.diskDelta[j];
    labels[k] = labelCode(frame.plan.type);
    flat[k] = frame.plan.type === 'Flatline' ? 1 : 0;
  }

  private startFrame(plan: EventPlan): void {
    const normal = this.normal.copy(plan.startRow, plan.endRow);
    this.frame = buildFrame(plan, normal, this.config, this.effectsRng, this.columns.map((c) => c.key));
  }

  /** Ends the current anomaly after `lastRow`: cut short if it began, forgotten if it had not. */
  private endFrame(lastRow: number): void {
    const frame = this.frame;
    this.frame = null;
    if (frame === null || frame.plan.endRow <= lastRow || frame.plan.startRow > lastRow) return;
    frame.plan.endRow = lastRow;
    const event = this.started[this.started.length - 1];
    event.endIndex = lastRow;
    event.end = this.timeOf(lastRow);
  }

  private eventOf(frame: Frame): LiveEvent {
    const { type, process, startRow, endRow, injected } = frame.plan;
    return { type, process, start: this.timeOf(startRow), end: this.timeOf(endRow), startIndex: startRow, endIndex: endRow, metrics: [...frame.metrics], injected };
  }

  /** One output row; a flatline repeats the row before it, as a hung exporter would. */
  private emit(timestamp: number, columns: Float32Array[], k: number, label: number, flat: boolean): LiveRow {
    let current: Float32Array = Float32Array.from(columns, (c) => c[k]);
    if (!flat) this.frozen = null;
    else current = this.frozen ??= this.last ?? current;
    this.last = current;
    const values: Record<string, number> = {};
    // Two decimals as a double (41.2, not float32's 41.200000762939453), like the log line's text.
    this.columns.forEach((c, i) => (values[c.key] = Math.round(current[i] * 100) / 100));
    return { timestamp, values, label };
  }
}
