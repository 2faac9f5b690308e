/** The kinds of anomaly the generator injects; the index + 1 is the per-row label code (0 = normal). */
export const ANOMALY_TYPES = [
  'Unexpected Spike',
  'Server Restart',
  'Process Failure',
  'Memory Leak',
  'Disk Fill',
  'Off-hours Load',
  'Flatline',
  'Cascading Failure',
] as const;

export type AnomalyType = (typeof ANOMALY_TYPES)[number];

/** Per-row label code of an anomaly type (1-based; 0 means a normal row). */
export function labelCode(type: AnomalyType): number {
  return ANOMALY_TYPES.indexOf(type) + 1;
}

/** One injected (or labelled) anomaly: a window of rows and what it touched. */
export interface AnomalyEvent {
  type: AnomalyType;
  /** Epoch milliseconds of the first affected row. */
  start: number;
  /** Epoch milliseconds of the last affected row (inclusive). */
  end: number;
  startIndex: number;
  /** Inclusive row index. */
  endIndex: number;
  /** Process the event centres on, or 'server' when it hits the whole machine. */
  process: string;
  /** Column keys whose values the event changed. */
  metrics: string[];
}
