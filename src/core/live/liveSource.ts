import type { SimulatedEventNote } from '../../shared/live';
import { AppError } from '../../shared/errors';
import type { LiveRow } from './liveRow';

/**
 * Where a live source delivers what it receives (the worker wires it to a LiveSession). Sources
 * report connection trouble here, as sentences for the user, and never throw from their callbacks.
 */
export interface LiveSourceSink {
  /** An endpoint message or one line of a followed file. */
  message(message: unknown, arrivalMs: number): void;
  /** Whole rows, from the simulated server. */
  rows(rows: readonly LiveRow[]): void;
  /** Simulated anomalies that began. */
  events(events: readonly SimulatedEventNote[]): void;
  /** The source is connected and sending. */
  connected(): void;
  /** The connection dropped and the source is trying again. */
  reconnecting(problem: string): void;
  /** Something to tell the user that does not end the session (a truncated file). */
  problem(sentence: string): void;
  /** The far end closed; the session stops and keeps its rows. */
  ended(problem: string): void;
  /** The source cannot go on (never connected, file unreadable); the session fails. */
  failed(problem: string): void;
  /** Rows waiting for the scorer, so a source that can wait (a file) reads on only when there is room. */
  backlog(): number;
}

/** A running live source: started once, paused and resumed, closed once. */
export interface LiveSourceAdapter {
  start(): void;
  /** Sends nothing until resumed where the source can wait (simulated clock, file); an endpoint keeps sending. */
  pause(): void;
  resume(): void;
  /** Stops for good; what was received stays in the session. */
  close(): void;
}

/** A live source that cannot be opened as set up (an unsupported URL, no file access in this browser). */
export class LiveSourceError extends AppError {
  constructor(message: string) {
    super(message);
    this.name = 'LiveSourceError';
  }
}

/** How an endpoint URL is read: WebSocket for ws(s)://, Server-Sent Events for http(s)://. */
export function endpointKind(url: string): 'websocket' | 'event-source' {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LiveSourceError(`“${url}” is not a URL, so not a valid address; enter a ws://, wss://, http:// or https:// address.`);
  }
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') return 'websocket';
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return 'event-source';
  throw new LiveSourceError(
    `“${url}” is not a ws://, wss://, http:// or https:// address (${parsed.protocol} addresses are not supported; use ws:// or wss:// for WebSocket, http:// or https:// for Server-Sent Events).`,
  );
}
