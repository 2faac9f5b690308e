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

/** The type of an anomaly known only from a label file or column, with no kind attached. */
export const LABELLED_ANOMALY = 'Labelled anomaly' as const;
export type EventType = AnomalyType | typeof LABELLED_ANOMALY;

/** Label code of a labelled anomaly of unknown kind. */
export const LABELLED_CODE = 255;

/** Per-row label code of an anomaly type (1-based; 0 means a normal row; 255 a labelled one of unknown kind). */
export function labelCode(type: EventType): number {
  return type === LABELLED_ANOMALY ? LABELLED_CODE : ANOMALY_TYPES.indexOf(type) + 1;
}

/** One injected (or labelled) anomaly: a window of rows and what it touched. */
export interface AnomalyEvent {
  type: EventType;
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
