import type { EventType } from './anomaly';
import type { MaintenanceWindow } from './feedback';
import type { GeneratorConfig } from './generatorConfig';
import type { Preprocessing } from './preprocessing';
import type { BackendChoice, StoredArtifacts } from './training';

/** Simulation speeds offered: real time, a minute per second, an hour per second. */
export const LIVE_SPEEDS = [1, 60, 3600] as const;
export type LiveSpeed = (typeof LIVE_SPEEDS)[number];

/** Where live rows come from. Only `endpoint` touches the network, and only at the URL the user typed. */
export type LiveSource =
  | { kind: 'simulated'; config: GeneratorConfig; speed: LiveSpeed; /** First simulated row's time (ms). */ startMs: number }
  | { kind: 'endpoint'; url: string }
  | { kind: 'file'; handle: FileSystemFileHandle };

/** The model a live session scores with, and its flagging threshold. */
export interface LiveModel {
  name: string;
  artifacts: StoredArtifacts;
  preprocessing: Preprocessing;
  backend: BackendChoice;
  threshold: number;
  /** The model's maintenance windows: no incident opens or grows in them. */
  maintenance?: MaintenanceWindow[];
}

export interface LiveSetup {
  source: LiveSource;
  model: LiveModel;
}

export type LiveStatus = 'connecting' | 'running' | 'paused' | 'stopped' | 'failed';

/** Counters since the session started. */
export interface LiveCounters {
  received: number;
  scored: number;
  flagged: number;
  malformed: number;
  /** Rows dropped because the source outpaced the scorer (oldest first). */
  dropped: number;
  /** Rows left out: duplicate or out-of-order timestamps. */
  skipped: number;
  /** Rows left out for a time far ahead of the stream's last row and the clock (see core/live/futureRows). */
  future: number;
  /** Rows per second received and scored, over the last seconds. */
  receivedPerSecond: number;
  scoredPerSecond: number;
}

/** A live incident: #5's grouping, with its top metrics; `open` while its last flag is recent. */
export interface LiveIncident {
  id: number;
  start: number;
  end: number;
  peakScore: number;
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** The user's metrics by share of the normalised error, with actual and expected values at the peak when known. */
  topMetrics: { name: string; share: number; actual?: number; expected?: number }[];
  open: boolean;
}

/** Newly scored rows, in time order: every model feature's value and the score (NaN when unscored). */
export interface LiveRows {
  timestamps: Float64Array;
  /** One array per model feature, in `LiveModel.preprocessing.features` order. */
  values: Float32Array[];
  scores: Float32Array;
  /** Ground truth for simulated rows (0 normal); null for other sources. */
  labels: Uint8Array | null;
}

/** What the worker sends the page, a few times a second at most. */
export interface LiveUpdate {
  status: LiveStatus;
  rows: LiveRows;
  /** Incidents that began or changed since the last update. */
  incidents: LiveIncident[];
  counters: LiveCounters;
  /** The latest problems (malformed messages, connection errors), newest last, each a user-facing sentence. */
  problems: string[];
  /** Injected or random simulated anomalies that began since the last update. */
  events: SimulatedEventNote[];
}

/** A simulated anomaly that began: its type, first and last rows' times, and whether the user injected it. */
export interface SimulatedEventNote {
  type: EventType;
  start: number;
  end: number;
  injected: boolean;
}
