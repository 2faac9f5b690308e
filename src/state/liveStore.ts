import { create } from 'zustand';
import { RollingSeries } from '../core/rollingSeries';
import type { LiveCounters, LiveIncident, LiveSpeed, LiveStatus, LiveUpdate, SimulatedEventNote } from '../shared/live';

export type LiveSourceKind = 'simulated' | 'endpoint' | 'file';

/** Rows the rolling charts keep: a day at 30 s is 2,880, so this spans days at the default interval. */
export const CHART_ROWS = 20_000;
/** Incidents listed, newest first; older ones stay in the saved session. */
const MAX_INCIDENTS = 200;
const MAX_EVENTS = 100;

export const EMPTY_COUNTERS: LiveCounters = { received: 0, scored: 0, flagged: 0, malformed: 0, dropped: 0, skipped: 0, future: 0, receivedPerSecond: 0, scoredPerSecond: 0 };

/**
 * The Live panel's state, apart from the app store: updates arrive several times a second and only
 * this panel reads them. The chart rows live in a mutable RollingSeries; `version` tells React they moved.
 */
export interface LiveState {
  status: LiveStatus | 'idle' | 'starting';
  sourceKind: LiveSourceKind;
  speed: LiveSpeed;
  url: string;
  /** The session's model and threshold; null before the first start. */
  modelName: string | null;
  threshold: number;
  /** Feature keys and their labels, in the order of the chart series. */
  features: string[];
  featureLabels: string[];
  counters: LiveCounters;
  incidents: LiveIncident[];
  problems: string[];
  /** Simulated anomalies as they began (ground truth markers). */
  events: SimulatedEventNote[];
  notify: boolean;
  /** Minutes of data time the charts show. */
  spanMinutes: number;
  version: number;
  /** Set while a session is saved as a dataset. */
  saving: boolean;
}

export const useLiveStore = create<LiveState>(() => ({
  status: 'idle',
  sourceKind: 'simulated',
  speed: 60,
  url: '',
  modelName: null,
  threshold: Number.NaN,
  features: [],
  featureLabels: [],
  counters: EMPTY_COUNTERS,
  incidents: [],
  problems: [],
  events: [],
  notify: false,
  spanMinutes: 60,
  version: 0,
  saving: false,
}));

let chart = new RollingSeries(0, 1);

/** The rolling chart rows of the current session. */
export function liveChart(): RollingSeries {
  return chart;
}

/** Empties the charts and lists for a session with these features. */
export function resetLiveSession(features: string[], featureLabels: string[], modelName: string, threshold: number): void {
  chart = new RollingSeries(features.length, CHART_ROWS);
  useLiveStore.setState((state) => ({
    features,
    featureLabels,
    modelName,
    threshold,
    counters: EMPTY_COUNTERS,
    incidents: [],
    problems: [],
    events: [],
    version: state.version + 1,
  }));
}

/** Merges incidents by id: a changed one replaces its old entry; the newest first, capped. */
export function mergeIncidents(current: readonly LiveIncident[], changed: readonly LiveIncident[]): LiveIncident[] {
  if (changed.length === 0) return current as LiveIncident[];
  const byId = new Map(current.map((incident) => [incident.id, incident]));
  for (const incident of changed) byId.set(incident.id, incident);
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, MAX_INCIDENTS);
}

/** Applies one worker update: rows into the charts, counters, incidents, problems and events into the store. */
export function applyLiveUpdate(update: LiveUpdate): void {
  if (update.rows.timestamps.length > 0) chart.append(update.rows.timestamps, update.rows.values, update.rows.scores);
  useLiveStore.setState((state) => ({
    status: state.status === 'idle' ? state.status : update.status,
    counters: update.counters,
    incidents: mergeIncidents(state.incidents, update.incidents),
    problems: update.problems.length > 0 ? update.problems : state.problems,
    events: update.events.length > 0 ? [...state.events, ...update.events].slice(-MAX_EVENTS) : state.events,
    version: state.version + 1,
  }));
}
