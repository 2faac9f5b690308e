import { clip } from '../ingest/numbers';

/** What was wrong with a live message, so a UI can group problems and count them. */
export type LiveProblemKind =
  /** Looked like JSON but did not parse. */
  | 'not-json'
  /** Valid JSON, but not an object (a number, a string, an array of numbers). */
  | 'not-object'
  /** The time field or column is present but holds no readable time. */
  | 'bad-time'
  /** A metric value that is not a number where the format requires one. */
  | 'bad-value'
  /** Nothing numeric to score. */
  | 'no-values'
  /** A CSV line whose field count differs from its header's. */
  | 'field-count'
  /** A log line that carries a message (debug, anomaly notice) rather than metrics. */
  | 'not-metric-line'
  /** No format this app reads. */
  | 'unknown-format'
  /** A line too long to be a metric row (followed files). */
  | 'too-long'
  /** The row lacks columns the model needs (see columnCheck). */
  | 'missing-columns';

/**
 * A live message (or one of its lines) that yielded no row. Plain data rather than an Error, so it
 * is returned, counted and sent across a worker boundary intact; `reason` is written for people.
 */
export interface LiveMessageError {
  name: 'LiveMessageError';
  kind: LiveProblemKind;
  /** 1-based line within the message (1 for a single-line message). */
  line: number;
  reason: string;
  /** The offending text, shortened for display. */
  sample: string;
}

/** Builds a {@link LiveMessageError}. */
export function liveError(kind: LiveProblemKind, reason: string, sample = '', line = 1): LiveMessageError {
  return { name: 'LiveMessageError', kind, line, reason, sample: clip(sample, 120) };
}
