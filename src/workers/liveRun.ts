import * as Comlink from 'comlink';
import type { AnomalyType } from '../shared/anomaly';
import type { Dataset } from '../shared/dataset';
import { AppError } from '../shared/errors';
import { LIVE_SPEEDS, type LiveSetup, type LiveSpeed, type LiveUpdate } from '../shared/live';
import type { LiveScorer } from '../ml/liveScorer';
import { liveRowsBuffers } from '../core/live/liveRowsBuffer';
import { LiveSession } from '../core/live/liveSession';
import type { LiveSourceAdapter, LiveSourceSink } from '../core/live/liveSource';
import { openLiveSource, SimulatedLiveSource } from './liveSources';

/** Wait between pumps while nothing is queued (ms); with rows queued the next pump follows at once. */
const IDLE_PUMP_MS = 50;
/** Updates go out at most this often (ms): four a second. */
const UPDATE_MS = 250;
/** With nothing new, an update still goes out this often while running, so the rates fall to zero (ms). */
const HEARTBEAT_MS = 1000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One live session in the worker: the source feeding a LiveSession, a pump loop (a batch at a time,
 * yielding between batches so messages and calls get in) and throttled updates whose rows are
 * transferred. The scorer is released once the session stopped or failed; the rows stay for saving.
 */
export class LiveRun {
  readonly session: LiveSession;
  private readonly source: LiveSourceAdapter;
  private readonly simulated: SimulatedLiveSource | null;
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly updateTimer: ReturnType<typeof setInterval>;
  private lastUpdate = 0;
  private ended = false;
  private stopping: Promise<void> | null = null;

  /** @throws LiveSourceError or ConfigError when the source cannot be opened. */
  constructor(
    setup: LiveSetup,
    private readonly scorer: LiveScorer,
    onUpdate: (update: LiveUpdate) => void,
  ) {
    const { model, source } = setup;
    const session = (this.session = new LiveSession({
      preprocessing: model.preprocessing,
      threshold: model.threshold,
      maintenance: model.maintenance,
      scorer,
      now: Date.now,
      emit: (update) => void onUpdate(Comlink.transfer(update, liveRowsBuffers(update.rows))),
      labelled: source.kind === 'simulated',
      intervalMs: source.kind === 'simulated' ? source.config.intervalSeconds * 1000 : null,
      csvHeaderFirst: source.kind === 'file',
    }));
    const sink: LiveSourceSink = {
      message: (data, arrivalMs) => session.accept(data, arrivalMs),
      rows: (rows) => session.acceptRows(rows),
      events: (events) => session.noteEvents(events),
      connected: () => session.markConnected(),
      reconnecting: (problem) => session.markConnecting(problem),
      problem: (sentence) => session.addProblem(sentence),
      ended: (problem) => void this.stop(problem),
      failed: (problem) => session.fail(problem),
      backlog: () => session.queued,
    };
    this.source = openLiveSource(source, sink);
    this.simulated = this.source instanceof SimulatedLiveSource ? this.source : null;
    this.source.start();
    this.schedulePump(0);
    this.updateTimer = setInterval(() => this.tick(), UPDATE_MS);
  }

  /** Starts an anomaly on the simulated server. @throws AppError for other sources, ConfigError when it cannot have it. */
  inject(type: AnomalyType): void {
    if (!this.simulated) throw new AppError('Anomalies can be injected into the simulated server only.');
    this.simulated.inject(type);
  }

  /** Changes the simulated server's speed. @throws AppError for other sources or an unknown speed. */
  setSpeed(speed: LiveSpeed): void {
    if (!this.simulated) throw new AppError('Only the simulated server has a speed.');
    if (!LIVE_SPEEDS.includes(speed)) throw new AppError(`The speed must be one of ${LIVE_SPEEDS.join('×, ')}×, not ${speed}.`);
    this.simulated.setSpeed(speed);
  }

  pause(): void {
    this.session.pause();
    this.source.pause();
    this.sendUpdate();
  }

  resume(): void {
    this.session.resume();
    this.source.resume();
    this.sendUpdate();
  }

  /** Closes the source, scores what is queued and sends the last update; the rows stay for {@link dataset}. */
  stop(problem?: string): Promise<void> {
    this.stopping ??= this.finish(problem);
    return this.stopping;
  }

  /** The session's rows as a dataset (fresh arrays, safe to transfer). */
  dataset(name: string): Dataset {
    const createdAt = Date.now();
    return this.session.dataset({ id: `live-${createdAt.toString(36)}`, name, createdAt, events: this.simulated?.events() });
  }

  private schedulePump(ms: number): void {
    this.pumpTimer = setTimeout(() => void this.pumpOnce(), ms);
  }

  private async pumpOnce(): Promise<void> {
    this.pumpTimer = null;
    try {
      await this.session.pump();
    } catch (error) {
      this.session.fail(`The live analysis stopped: ${message(error)}`);
    }
    if (this.ended) return;
    const status = this.session.status;
    if (status === 'failed') void this.end();
    else this.schedulePump(this.session.queued > 0 && status !== 'paused' ? 0 : IDLE_PUMP_MS);
  }

  private tick(): void {
    if (this.session.status === 'failed' && !this.ended) void this.end();
    const now = Date.now();
    if (this.session.hasNews || (this.session.status === 'running' && now - this.lastUpdate >= HEARTBEAT_MS)) this.sendUpdate();
  }

  private sendUpdate(): void {
    this.lastUpdate = Date.now();
    this.session.flush();
  }

  private async finish(problem: string | undefined): Promise<void> {
    this.source.close();
    try {
      await this.session.stop(problem);
    } catch (error) {
      this.session.fail(`The live analysis stopped: ${message(error)}`);
    }
    await this.end();
  }

  /** The session is over (stopped or failed): timers go, the scorer once no batch uses it, and one last update tells the page. */
  private async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.source.close();
    if (this.pumpTimer !== null) clearTimeout(this.pumpTimer);
    clearInterval(this.updateTimer);
    await this.session.idle();
    this.scorer.dispose();
    this.sendUpdate();
  }
}
