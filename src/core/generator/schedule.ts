import { ANOMALY_TYPES, type AnomalyType } from '../../shared/anomaly';
import type { EventSettings, GeneratorConfig, ProcessId } from '../../shared/generatorConfig';
import type { Random } from '../random';
import { MS_PER_MINUTE, utcHourOfDay } from '../time';

/** An anomaly placed on the timeline, before its effect is applied. */
export interface ScheduledEvent {
  type: AnomalyType;
  startIndex: number;
  /** Inclusive. */
  endIndex: number;
  process: ProcessId | 'server';
}

/** Which processes each anomaly type can centre on; 'server' means the whole machine. */
const CANDIDATES: Record<AnomalyType, readonly (ProcessId | 'server')[]> = {
  'Unexpected Spike': ['web', 'app', 'db', 'cache', 'batch'],
  'Server Restart': ['server'],
  'Process Failure': ['web', 'app', 'db', 'cache', 'batch', 'backup'],
  'Memory Leak': ['app', 'web', 'db', 'cache'],
  'Disk Fill': ['app', 'web', 'db'],
  'Off-hours Load': ['server'],
  Flatline: ['server'],
  'Cascading Failure': ['db'],
};

/** Types that cannot run without one of their processes fall back to the server, except these. */
const NEEDS_PROCESS: ReadonlySet<AnomalyType> = new Set(['Process Failure', 'Memory Leak', 'Cascading Failure']);

/** Off-hours load starts between 00:00 and 05:00 UTC, when the day's traffic is lowest. */
const NIGHT = { startHour: 0, hours: 5 };

/** The processes (or 'server') an anomaly of this type can centre on among the running ones; empty when none. */
export function eligibleProcesses(type: AnomalyType, running: readonly ProcessId[]): (ProcessId | 'server')[] {
  const found = CANDIDATES[type].filter((c) => c === 'server' || running.includes(c));
  if (found.length > 0) return found;
  return NEEDS_PROCESS.has(type) ? [] : ['server'];
}

/**
 * Places anomalies on the timeline: at each interval with no anomaly running, one begins with the
 * configured probability; its type is drawn by weight and its length from the type's duration range.
 */
export function scheduleEvents(timestamps: Float64Array, config: GeneratorConfig, rng: Random): ScheduledEvent[] {
  const n = timestamps.length;
  const types = injectableTypes(config);
  const weights = types.map((t) => config.events[t].weight);
  const events: ScheduledEvent[] = [];
  const intervalMs = config.intervalSeconds * 1000;

  for (let i = 0; i < n; i++) {
    if (rng.next() >= config.anomalyProbability) continue;
    const pick = rng.weighted(weights);
    if (pick < 0) break;
    const type = types[pick];
    const settings = config.events[type];
    let start = i;
    if (type === 'Off-hours Load') {
      // Daytime load only stands out at night: wait for the next night window.
      while (start < n && !isNight(timestamps[start])) start++;
      start += nightDelayRows(intervalMs, rng);
      if (start >= n) break;
    }
    const rows = drawEventRows(settings, intervalMs, rng);
    const endIndex = Math.min(n - 1, start + rows - 1);
    const process = drawEventProcess(type, config.processes, rng);
    events.push({ type, startIndex: start, endIndex, process });
    i = endIndex; // one anomaly at a time, as in the original tool
  }
  return events;
}

/** True in the night window (00:00–05:00 UTC) where off-hours load may start. */
export function isNight(ms: number): boolean {
  const h = utcHourOfDay(ms);
  return h >= NIGHT.startHour && h < NIGHT.startHour + NIGHT.hours;
}

/** Rows after the night window opens at which off-hours load starts: somewhere in its first hours, not always at midnight. */
export function nightDelayRows(intervalMs: number, rng: Random): number {
  return rng.int(0, Math.floor((3 * 3_600_000) / intervalMs));
}

/** An event's length in rows, drawn from its type's duration range; at least one. */
export function drawEventRows(settings: EventSettings, intervalMs: number, rng: Random): number {
  const minutes = rng.uniform(settings.durationMinutes[0], settings.durationMinutes[1]);
  return Math.max(1, Math.round((minutes * MS_PER_MINUTE) / intervalMs));
}

/** The process an event centres on, drawn among the eligible running ones (call only when there is one). */
export function drawEventProcess(type: AnomalyType, running: readonly ProcessId[], rng: Random): ProcessId | 'server' {
  const candidates = eligibleProcesses(type, running);
  return candidates[rng.int(0, candidates.length - 1)];
}

/** Anomaly types that are enabled and have a process to centre on. */
export function injectableTypes(config: GeneratorConfig): AnomalyType[] {
  return ANOMALY_TYPES.filter((t) => config.events[t].enabled && eligibleProcesses(t, config.processes).length > 0);
}

/**
 * Chance per interval that an anomaly of each type begins: the overall chance split by normalised
 * weight among the types that can be injected (a cascade needs the database, for one).
 */
export function eventProbabilities(config: GeneratorConfig): Record<AnomalyType, number> {
  const types = new Set(injectableTypes(config));
  const weightOf = (type: AnomalyType): number => {
    const weight = config.events[type].weight;
    return types.has(type) && Number.isFinite(weight) && weight > 0 ? weight : 0;
  };
  const total = ANOMALY_TYPES.reduce((sum, type) => sum + weightOf(type), 0);
  const overall = Number.isFinite(config.anomalyProbability) ? config.anomalyProbability : 0;
  return Object.fromEntries(ANOMALY_TYPES.map((type) => [type, total > 0 ? (overall * weightOf(type)) / total : 0])) as Record<AnomalyType, number>;
}
