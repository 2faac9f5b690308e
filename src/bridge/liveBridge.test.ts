import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import { ConfigError, isAbortError } from '../shared/errors';
import type { LiveSetup, LiveUpdate } from '../shared/live';
import { toPortableError } from '../shared/portableError';
import { PREPROCESSING_VERSION } from '../shared/preprocessing';
import { startLive } from './liveBridge';

const setup = {
  source: { kind: 'simulated', config: DEFAULT_CONFIG, speed: 60, startMs: 0 },
  model: { name: 'm', artifacts: {}, backend: 'cpu', threshold: 1, preprocessing: { version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 0], max: [1, 1], context: false, window: 1, inputWidth: 2 } },
} as unknown as LiveSetup;

const update = (received: number): LiveUpdate => ({
  status: 'running',
  rows: { timestamps: new Float64Array(0), values: [], scores: new Float32Array(0), labels: null },
  incidents: [],
  counters: { received, scored: 0, flagged: 0, malformed: 0, dropped: 0, skipped: 0, future: 0, receivedPerSecond: 0, scoredPerSecond: 0 },
  problems: ['a problem'],
  events: [],
});

/** A stand-in worker: one end of a channel whose other end exposes a fake live API. */
function fakeWorker() {
  const { port1, port2 } = new MessageChannel();
  const state = { terminated: false, send: null as ((u: LiveUpdate) => void) | null };
  Comlink.expose(
    {
      async start(_: LiveSetup, onUpdate: (u: LiveUpdate) => void) {
        state.send = onUpdate;
        await onUpdate(update(3));
      },
      inject: () => {
        throw toPortableError(new ConfigError(['Memory Leak needs a process this server does not run.'], 'The anomaly cannot be injected'));
      },
      pause: async () => undefined,
      stop: () => new Promise(() => undefined), // never answers: only termination settles it
    },
    port2,
  );
  const worker = Object.assign(port1, {
    terminate: () => {
      state.terminated = true;
      port1.close();
      port2.close();
    },
  }) as unknown as Worker;
  return { worker, state };
}

describe('startLive', () => {
  it('starts the session, forwards updates and returns the worker’s typed errors', async () => {
    const fake = fakeWorker();
    const updates: LiveUpdate[] = [];
    const handle = await startLive(setup, (u) => updates.push(u), () => fake.worker);
    expect(updates.map((u) => u.counters.received)).toEqual([3]);
    await expect(handle.pause()).resolves.toBeUndefined();
    const error = await handle.inject('Memory Leak').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConfigError', message: expect.stringContaining('needs a process') });
    handle.terminate();
    expect(fake.state.terminated).toBe(true);
  });

  it('tells the page with a failed update when the worker dies, and settles the calls waiting on it', async () => {
    const fake = fakeWorker();
    const updates: LiveUpdate[] = [];
    const handle = await startLive(setup, (u) => updates.push(u), () => fake.worker);
    const stopping = handle.stop();
    fake.worker.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    await expect(stopping).rejects.toMatchObject({ name: 'WorkerCrashedError' });
    const last = updates.at(-1)!;
    expect(last).toMatchObject({ status: 'failed', counters: { received: 3 } });
    expect(last.problems).toEqual(['a problem', 'The live analysis stopped unexpectedly: out of memory. Please try again.']);
    expect(last.rows.values).toHaveLength(2);
    expect(fake.state.terminated).toBe(true);
    expect(isAbortError(await handle.pause().catch((e: unknown) => e))).toBe(true);
  });

  it('keeps one session at a time: starting another ends the first worker', async () => {
    const first = fakeWorker();
    const old = await startLive(setup, () => undefined, () => first.worker);
    const waiting = old.stop().catch((e: unknown) => e);
    const second = fakeWorker();
    const handle = await startLive(setup, () => undefined, () => second.worker);
    expect(first.state.terminated).toBe(true);
    expect(isAbortError(await waiting)).toBe(true);
    expect(second.state.terminated).toBe(false);
    handle.terminate();
  });
});
