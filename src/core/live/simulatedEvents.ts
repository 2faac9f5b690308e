import type { AnomalyEvent, AnomalyType } from '../../shared/anomaly';
import type { GeneratorConfig, ProcessId } from '../../shared/generatorConfig';
import type { Random } from '../random';
import { createWorkspace, EFFECTS, type Workspace } from '../generator/effects';
import { sumTotals } from '../generator/generate';
import { drawEventProcess, drawEventRows, injectableTypes, isNight, nightDelayRows } from '../generator/schedule';
import type { NormalRows } from './simulatedNormal';

/** An anomaly of the simulated server, with its rows numbered from the server's first row. */
export interface LiveEvent extends AnomalyEvent {
  /** True when the user asked for it, false when the configured probability drew it. */
  injected: boolean;
}

/** An anomaly placed on the stream, before its effect is applied. */
export interface EventPlan {
  type: AnomalyType;
  process: ProcessId | 'server';
  startRow: number;
  /** Inclusive. */
  endRow: number;
  injected: boolean;
}

/** A planned anomaly with its effect applied: the finished columns of its rows. */
export interface Frame {
  plan: EventPlan;
  /** Columns of rows startRow..endRow (index 0 = startRow), after the effect and the server totals. */
  ws: Workspace;
  /** Column keys the effect changed, in column order. */
  metrics: string[];
}

/**
 * Applies one anomaly's effect (the generator's own code, src/core/generator/effects.ts) to a copy
 * of the normal rows it covers, exactly as generateDataset does: process edits, then the server
 * totals, then edits of the totals. Flatline changes nothing here; the stream freezes its rows.
 */
export function buildFrame(plan: EventPlan, normal: NormalRows, config: GeneratorConfig, rng: Random, columnKeys: readonly string[]): Frame {
  const n = plan.endRow - plan.startRow + 1;
  const ws = createWorkspace(config.intervalSeconds, normal, n);
  const event = { type: plan.type, startIndex: 0, endIndex: n - 1, process: plan.process };
  const ctx = { event, settings: config.events[plan.type], rng, ws };
  const touched = new Set<string>(EFFECTS[plan.type].beforeTotals?.(ctx) ?? []);
  sumTotals(ws);
  for (const key of EFFECTS[plan.type].afterTotals?.(ctx) ?? []) touched.add(key);
  const metrics = plan.type === 'Flatline' ? [...columnKeys] : columnKeys.filter((key) => touched.has(key));
  return { plan, ws, metrics };
}

/**
 * The generator's random schedule (src/core/generator/schedule.ts) one row at a time: at each row
 * with no anomaly running, one begins with the configured probability, its type drawn by weight,
 * off-hours load deferred to the night, its length and process drawn as the generator does.
 */
export class RandomSchedule {
  private readonly types: AnomalyType[];
  private readonly weights: number[];
  private readonly intervalMs: number;

  constructor(
    private readonly config: GeneratorConfig,
    private readonly rng: Random,
    private readonly timeOf: (row: number) => number,
  ) {
    this.types = injectableTypes(config);
    this.weights = this.types.map((t) => config.events[t].weight);
    this.intervalMs = config.intervalSeconds * 1000;
  }

  /** The anomaly that begins at `row` (or, for off-hours load, later that night), if one does. */
  draw(row: number): EventPlan | null {
    if (this.rng.next() >= this.config.anomalyProbability) return null;
    const pick = this.rng.weighted(this.weights);
    if (pick < 0) return null;
    const type = this.types[pick];
    let start = row;
    if (type === 'Off-hours Load') {
      while (!isNight(this.timeOf(start))) start++;
      start += nightDelayRows(this.intervalMs, this.rng);
    }
    const rows = drawEventRows(this.config.events[type], this.intervalMs, this.rng);
    const process = drawEventProcess(type, this.config.processes, this.rng);
    return { type, process, startRow: start, endRow: start + rows - 1, injected: false };
  }
}
