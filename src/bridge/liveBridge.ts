import * as Comlink from 'comlink';
import { CONNECT_PARAM, connectOrigin } from '../core/live/connectOrigin';
import type { AnomalyType } from '../shared/anomaly';
import type { Dataset } from '../shared/dataset';
import { abortError, WorkerCrashedError } from '../shared/errors';
import type { LiveCounters, LiveSetup, LiveSource, LiveSpeed, LiveUpdate } from '../shared/live';
import { fromPortableError } from '../shared/portableError';
import type { LiveApi } from '../workers/live.worker';
import liveWorkerUrl from '../workers/live.worker.ts?worker&url';

/** A running live session in its worker. Every call rejects with an AbortError once terminated. */
export interface LiveHandle {
  inject(type: AnomalyType): Promise<void>;
  setSpeed(speed: LiveSpeed): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Closes the source; the rows stay for sessionDataset. */
  stop(): Promise<void>;
  /** The session's rows so far as a dataset to save. */
  sessionDataset(name: string): Promise<Dataset>;
  /** Ends the worker now (and with it the session and its rows). */
  terminate(): void;
}

/** Problems an update carries at most (as the worker's session keeps them). */
const MAX_PROBLEMS = 5;
const NO_COUNTERS: LiveCounters = { received: 0, scored: 0, flagged: 0, malformed: 0, dropped: 0, skipped: 0, future: 0, receivedPerSecond: 0, scoredPerSecond: 0 };

/**
 * The live worker for `source`. Its URL names the endpoint's origin, the one other origin the
 * server's Content-Security-Policy for this script lets it reach (src/tooling/contentSecurityPolicy.ts).
 */
function createLiveWorker(source: LiveSource): Worker {
  const url = new URL(liveWorkerUrl, self.location.href);
  const origin = source.kind === 'endpoint' ? connectOrigin(source.url) : null;
  if (origin !== null) url.searchParams.set(CONNECT_PARAM, origin);
  return new Worker(url, { type: 'module', name: 'live' });
}

/** The session running now: one at a time, a new start ends it. */
let active: LiveHandle | null = null;

/**
 * Starts a live session in a fresh worker (ending the one before) and resolves once it runs.
 * `onUpdate` hears from it a few times a second; if the worker dies, it gets one last update with
 * status 'failed' and the reason among the problems. Errors arrive as the app's typed errors.
 */
export async function startLive(setup: LiveSetup, onUpdate: (update: LiveUpdate) => void, create: () => Worker = () => createLiveWorker(setup.source)): Promise<LiveHandle> {
  active?.terminate();
  const worker = create();
  const remote = Comlink.wrap<LiveApi>(worker);
  const pending = new Set<(reason: unknown) => void>();
  let last: LiveUpdate | null = null;
  let ended = false;

  const end = (reason: unknown) => {
    if (ended) return;
    ended = true;
    if (active === handle) active = null;
    worker.terminate();
    for (const fail of [...pending]) fail(reason);
    pending.clear();
  };
  const crash = (detail: string | undefined) => {
    if (ended) return;
    const error = new WorkerCrashedError('live analysis', detail || undefined);
    end(error);
    onUpdate(failedUpdate(last, setup, error.message));
  };
  /** A call to the worker that also settles when the worker is terminated or crashes. */
  const call = <T>(task: () => Promise<T>): Promise<T> => {
    if (ended) return Promise.reject(abortError('The live session has ended.'));
    return new Promise<T>((resolve, reject) => {
      const fail = (reason: unknown) => {
        pending.delete(fail);
        reject(reason);
      };
      pending.add(fail);
      task().then(
        (value) => {
          pending.delete(fail);
          resolve(value);
        },
        (error: unknown) => fail(fromPortableError(error)),
      );
    });
  };

  worker.addEventListener('error', (event) => {
    // Handled here, so the browser need not report it again as an uncaught page error.
    event.preventDefault();
    crash((event as Partial<ErrorEvent>).message);
  });
  worker.addEventListener('messageerror', () => crash('a message could not be read'));

  const handle: LiveHandle = {
    inject: (type) => call(() => remote.inject(type)),
    setSpeed: (speed) => call(() => remote.setSpeed(speed)),
    pause: () => call(() => remote.pause()),
    resume: () => call(() => remote.resume()),
    stop: () => call(() => remote.stop()),
    sessionDataset: (name) => call(() => remote.sessionDataset(name)),
    terminate: () => end(abortError('The live session has ended.')),
  };
  active = handle;
  const forward = (update: LiveUpdate) => {
    last = update;
    if (!ended) onUpdate(update);
  };
  try {
    await call(() => remote.start(setup, Comlink.proxy(forward)));
  } catch (error) {
    end(abortError());
    throw error;
  }
  return handle;
}

/** The update that tells the page its worker died: the last counters and problems, and why. */
function failedUpdate(last: LiveUpdate | null, setup: LiveSetup, problem: string): LiveUpdate {
  return {
    status: 'failed',
    rows: {
      timestamps: new Float64Array(0),
      values: setup.model.preprocessing.features.map(() => new Float32Array(0)),
      scores: new Float32Array(0),
      labels: setup.source.kind === 'simulated' ? new Uint8Array(0) : null,
    },
    incidents: [],
    counters: last?.counters ?? NO_COUNTERS,
    problems: [...(last?.problems ?? []), problem].slice(-MAX_PROBLEMS),
    events: [],
  };
}
