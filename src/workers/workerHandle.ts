import * as Comlink from 'comlink';
import { WorkerCrashedError, abortError } from '../shared/errors';

type Fail = (reason: unknown) => void;

/**
 * One lazily started worker behind a typed Comlink proxy; an abort or a crash terminates it and the next call starts a
 * fresh one. The bridges hold one per kind of worker; a worker holds one for a worker of its own (the training replica).
 */
export class WorkerHandle<Api> {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<Api> | null = null;
  private readonly pending = new Set<Fail>();

  constructor(
    private readonly label: string,
    private readonly create: () => Worker,
  ) {}

  /** Runs `task` against the worker; aborting `signal` terminates the worker and rejects with an AbortError. */
  run<T>(task: (api: Comlink.Remote<Api>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    const remote = this.start();
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => this.terminate(abortError());
      const settle = () => {
        this.pending.delete(fail);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail: Fail = (reason) => {
        settle();
        reject(reason);
      };
      this.pending.add(fail);
      signal?.addEventListener('abort', onAbort, { once: true });
      task(remote).then((value) => {
        settle();
        resolve(value);
      }, fail);
    });
  }

  /** Stops the worker now; every call still waiting on it rejects with `reason`. */
  terminate(reason: unknown = abortError()): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    this.remote = null;
    worker.terminate();
    const waiting = [...this.pending];
    this.pending.clear();
    for (const fail of waiting) fail(reason);
  }

  /**
   * Stops the worker when no call waits on it, so everything it held (a dataset's copy, a compute runtime, the heap
   * a job grew) goes back to the system; the next call starts a fresh one. For workers whose jobs leave nothing behind.
   */
  release(): void {
    if (this.pending.size === 0) this.terminate();
  }

  /** Starts the worker before its first task, so its script loads while the caller does other work. */
  warm(): void {
    this.start();
  }

  /** Whether a worker is currently running (for tests and diagnostics). */
  get started(): boolean {
    return this.worker !== null;
  }

  private start(): Comlink.Remote<Api> {
    if (this.remote) return this.remote;
    const worker = this.create();
    worker.addEventListener('error', (event) => {
      // Handled here, so the browser need not report it again as an uncaught page error.
      event.preventDefault();
      this.crash(worker, (event as Partial<ErrorEvent>).message);
    });
    worker.addEventListener('messageerror', () => this.crash(worker, 'a message could not be read'));
    this.worker = worker;
    this.remote = Comlink.wrap<Api>(worker);
    return this.remote;
  }

  private crash(worker: Worker, detail: string | undefined): void {
    if (worker === this.worker) this.terminate(new WorkerCrashedError(this.label, detail || undefined));
  }
}

/**
 * Runs one task in a worker of its own and ends that worker, whatever the outcome: a job's second worker (the
 * import's second reader, detection's helper). Rejects where workers do not exist, so the job goes on alone.
 */
export async function inOwnWorker<Api, T>(label: string, create: () => Worker, task: (api: Comlink.Remote<Api>) => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (typeof Worker === 'undefined') throw new Error('Workers are not available here.');
  const handle = new WorkerHandle<Api>(label, create);
  try {
    return await handle.run(task, signal);
  } finally {
    handle.terminate();
  }
}
