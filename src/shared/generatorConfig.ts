import type { AnomalyType } from './anomaly';

/** Processes the simulated server can run. */
export const PROCESS_IDS = ['web', 'app', 'db', 'cache', 'batch', 'backup'] as const;
export type ProcessId = (typeof PROCESS_IDS)[number];

export const PROCESS_NAMES: Record<ProcessId, string> = {
  web: 'Web server',
  app: 'Application server',
  db: 'Database',
  cache: 'Cache',
  batch: 'Nightly batch job',
  backup: 'Weekly backup',
};

/** A closed range [min, max]. */
export type Range = [number, number];

/** How one anomaly type is injected. Unused impact fields are ignored by types that have no use for them. */
export interface EventSettings {
  enabled: boolean;
  /** Relative share of this type among injected anomalies (weights are normalised). */
  weight: number;
  /** Duration range in minutes. */
  durationMinutes: Range;
  /** Server CPU % during the event (spike, restart, failure); the app server's CPU % in a cascade. */
  cpu?: Range;
  /** Server RAM % during the event, or the level a memory leak climbs to. */
  ram?: Range;
  /** Disk percentage points added by the event (spike, failure, disk fill). */
  disk?: number;
}

/** The daily and weekly rhythm of user traffic, which drives the web, app and database load. */
export interface TrafficSettings {
  /** Business hours in UTC [start, end): traffic plateaus at its peak between them on weekdays. */
  businessHours: Range;
  /** Traffic at night as a share of the weekday peak (0..1). */
  nightLevel: number;
  /** Weekend daytime traffic as a share of the weekday peak (0..1). */
  weekendLevel: number;
}

export interface GeneratorConfig {
  /** Schema version of this JSON, so exported configurations stay importable. */
  version: 1;
  serverName: string;
  /** Length of the generated period in calendar months. */
  months: number;
  intervalSeconds: number;
  /** First timestamp, ISO date or date-time, read as UTC. */
  startDate: string;
  seed: number;
  /** Chance that an anomaly begins at any given interval while none is running. */
  anomalyProbability: number;
  processes: ProcessId[];
  traffic: TrafficSettings;
  events: Record<AnomalyType, EventSettings>;
}
