import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerCrashedError, isAbortError } from '../shared/errors';
import { WorkerHandle } from './workerHandle';

const api = {
  double: (n: number) => n * 2,
  never: () => new Promise<number>(() => undefined),
  fail: () => {
    throw new RangeError('bad input');
  },
};
type TestApi = typeof api;

interface FakeWorker {
  worker: Worker;
  port: MessagePort;
  terminated: boolean;
}

const opened: MessagePort[] = [];

// A MessageChannel stands in for a Worker: Comlink only needs postMessage and addEventListener.
function fakeWorker(): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  Comlink.expose(api, port2);
  const fake: FakeWorker = { worker: port1 as unknown as Worker, port: port1, terminated: false };
  Object.assign(port1, {
    terminate: () => {
      fake.terminated = true;
      port1.close();
    },
  });
  return fake;
}

function handleWithFakes() {
  const fakes: FakeWorker[] = [];
  const handle = new WorkerHandle<TestApi>('test worker', () => {
    const fake = fakeWorker();
    fakes.push(fake);
    return fake.worker;
  });
  return { handle, fakes };
}

afterEach(() => {
  for (const port of opened.splice(0)) port.close();
});

describe('WorkerHandle', () => {
  it('starts the worker lazily and reuses it', async () => {
    const { handle, fakes } = handleWithFakes();
    expect(fakes).toHaveLength(0);
    expect(await handle.run((remote) => remote.double(2))).toBe(4);
    expect(await handle.run((remote) => remote.double(5))).toBe(10);
    expect(fakes).toHaveLength(1);
    handle.terminate();
  });

  it('starts the worker early when warmed, once, and runs the first task on it', async () => {
    const { handle, fakes } = handleWithFakes();
    handle.warm();
    handle.warm();
    expect(fakes).toHaveLength(1);
    expect(handle.started).toBe(true);
    expect(await handle.run((remote) => remote.double(4))).toBe(8);
    expect(fakes).toHaveLength(1);
    handle.terminate();
  });

  it('releases an idle worker and starts afresh next time, but never one a call still waits on', async () => {
    const { handle, fakes } = handleWithFakes();
    expect(await handle.run((remote) => remote.double(2))).toBe(4);
    handle.release();
    expect(fakes[0].terminated).toBe(true);
    expect(handle.started).toBe(false);
    expect(await handle.run((remote) => remote.double(3))).toBe(6);
    expect(fakes).toHaveLength(2);
    const waiting = handle.run((remote) => remote.never());
    handle.release();
    expect(fakes[1].terminated).toBe(false);
    handle.terminate();
    expect(isAbortError(await waiting.catch((e: unknown) => e))).toBe(true);
  });

  it('terminates on abort, rejects with AbortError, and starts afresh next time', async () => {
    const { handle, fakes } = handleWithFakes();
    const controller = new AbortController();
    const running = handle.run((remote) => remote.never(), controller.signal);
    controller.abort();
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(fakes[0].terminated).toBe(true);
    expect(handle.started).toBe(false);
    expect(await handle.run((remote) => remote.double(21))).toBe(42);
    expect(fakes).toHaveLength(2);
    handle.terminate();
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { handle, fakes } = handleWithFakes();
    const error = await handle.run((remote) => remote.double(1), AbortSignal.abort()).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(fakes).toHaveLength(0);
  });

  it('passes on errors thrown by the api and keeps the worker', async () => {
    const { handle, fakes } = handleWithFakes();
    await expect(handle.run((remote) => remote.fail())).rejects.toThrow('bad input');
    expect(handle.started).toBe(true);
    expect(fakes[0].terminated).toBe(false);
    handle.terminate();
  });

  it('turns a worker error event into WorkerCrashedError for every waiting call', async () => {
    const { handle, fakes } = handleWithFakes();
    const first = handle.run((remote) => remote.never());
    const second = handle.run((remote) => remote.never());
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message: 'out of memory' });
    fakes[0].port.dispatchEvent(event);
    await expect(first).rejects.toBeInstanceOf(WorkerCrashedError);
    await expect(second).rejects.toThrow('The test worker stopped unexpectedly: out of memory. Please try again.');
    expect(event.defaultPrevented).toBe(true);
    expect(fakes[0].terminated).toBe(true);
    expect(await handle.run((remote) => remote.double(3))).toBe(6);
    handle.terminate();
  });
});
