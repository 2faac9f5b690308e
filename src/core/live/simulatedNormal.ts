import type { GeneratorConfig, ProcessId } from '../../shared/generatorConfig';
import type { Random } from '../random';
import { MS_PER_DAY } from '../time';
import { createProcessState, simulateProcesses, type NormalBehaviour, type ProcessSeries, type ProcessState } from '../generator/processes';

/** Normal behaviour (before anomalies) of a run of consecutive rows. */
export interface NormalRows {
  processes: Map<ProcessId, ProcessSeries>;
  os: ProcessSeries;
  demand: Float32Array;
  backupActive: Uint8Array;
}

interface Block {
  /** Row number of the block's first row. */
  first: number;
  length: number;
  normal: NormalBehaviour;
}

/**
 * The generator's normal process behaviour as an endless stream of rows `start + row * interval`,
 * simulated one UTC day at a time with the process state carried from day to day, so the stream
 * has no seam: the nightly batch and weekly backup both start and end within a day, so each day's
 * runs are drawn with that day's block. Rows are simulated on demand and forgotten once passed.
 */
export class NormalStream {
  private readonly blocks: Block[] = [];
  private readonly state: ProcessState;
  private readonly intervalMs: number;
  /** Row number after the last simulated row. */
  private end = 0;

  constructor(
    private readonly config: GeneratorConfig,
    private readonly start: number,
    private readonly rng: Random,
  ) {
    this.state = createProcessState(config);
    this.intervalMs = config.intervalSeconds * 1000;
  }

  /** Time of a row. */
  timeOf(row: number): number {
    return this.start + row * this.intervalMs;
  }

  /** Simulates rows up to `last` (inclusive) if not yet done. */
  ensure(last: number): void {
    while (this.end <= last) {
      const first = this.end;
      const t0 = this.timeOf(first);
      const dayEnd = (Math.floor(t0 / MS_PER_DAY) + 1) * MS_PER_DAY;
      const length = Math.max(1, Math.ceil((dayEnd - t0) / this.intervalMs));
      const timestamps = new Float64Array(length);
      for (let i = 0; i < length; i++) timestamps[i] = this.timeOf(first + i);
      const normal = simulateProcesses(timestamps, this.config, this.rng, undefined, this.state);
      this.blocks.push({ first, length, normal });
      this.end = first + length;
    }
  }

  /** Copies rows `from`..`to` (inclusive), simulating them first if needed. */
  copy(from: number, to: number): NormalRows {
    this.ensure(to);
    const n = to - from + 1;
    const processes = new Map<ProcessId, ProcessSeries>(this.config.processes.map((id) => [id, { cpu: new Float32Array(n), ram: new Float32Array(n) }]));
    const out: NormalRows = { processes, os: { cpu: new Float32Array(n), ram: new Float32Array(n) }, demand: new Float32Array(n), backupActive: new Uint8Array(n) };
    for (const block of this.blocks) {
      const lo = Math.max(from, block.first);
      const hi = Math.min(to, block.first + block.length - 1);
      if (lo > hi) continue;
      const a = lo - block.first;
      const b = hi - block.first + 1;
      const at = lo - from;
      const src = block.normal;
      for (const [id, series] of processes) {
        series.cpu.set(src.processes.get(id)!.cpu.subarray(a, b), at);
        series.ram.set(src.processes.get(id)!.ram.subarray(a, b), at);
      }
      out.os.cpu.set(src.os.cpu.subarray(a, b), at);
      out.os.ram.set(src.os.ram.subarray(a, b), at);
      out.demand.set(src.demand.subarray(a, b), at);
      out.backupActive.set(src.backupActive.subarray(a, b), at);
    }
    return out;
  }

  /** Forgets the days that end before `row`. */
  discardBefore(row: number): void {
    while (this.blocks.length > 0 && this.blocks[0].first + this.blocks[0].length <= row) this.blocks.shift();
  }

  /** Rows simulated and still held (for tests and memory checks). */
  get heldRows(): number {
    return this.blocks.reduce((sum, b) => sum + b.length, 0);
  }
}
