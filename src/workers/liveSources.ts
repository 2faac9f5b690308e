import type { AnomalyEvent, AnomalyType } from '../shared/anomaly';
import { AppError } from '../shared/errors';
import type { LiveSource, LiveSpeed } from '../shared/live';
import { LiveLineSplitter } from '../core/live/lineSplitter';
import { endpointKind, LiveSourceError, type LiveSourceAdapter, type LiveSourceSink } from '../core/live/liveSource';
import { SimClock } from '../core/live/simClock';
import { SimulatedServer } from '../core/live/simulatedServer';

/** How often the simulated server catches up with its clock (ms). */
const SIMULATED_TICK_MS = 100;
/** Rows the simulated server produces per tick at most; a start far in the past catches up over several ticks. */
const SIMULATED_TICK_ROWS = 20_000;
/** How often a followed file is checked for growth (ms). */
const FILE_POLL_MS = 1000;
/** Bytes read from a followed file per step, so a large file is read in pieces. */
const FILE_CHUNK_BYTES = 1 << 20;
/** A followed file waits while this many rows wait for the scorer: the file keeps them, the queue would drop them. */
const FILE_BACKLOG_ROWS = 10_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The simulated server on a simulated clock: every tick it produces the rows due up to the clock's now. */
export class SimulatedLiveSource implements LiveSourceAdapter {
  private readonly server: SimulatedServer;
  private readonly clock: SimClock;
  private speed: LiveSpeed;
  private paused = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private eventsSent = 0;

  constructor(
    source: Extract<LiveSource, { kind: 'simulated' }>,
    private readonly sink: LiveSourceSink,
  ) {
    this.server = new SimulatedServer(source.config, source.startMs);
    this.speed = source.speed;
    this.clock = new SimClock(source.startMs, Date.now(), source.speed);
  }

  /** The server's columns (keys and labels) and row step. */
  get columns(): { key: string; label: string }[] {
    return this.server.columns;
  }

  get intervalMs(): number {
    return this.server.intervalMs;
  }

  start(): void {
    this.sink.connected();
    this.timer = setInterval(() => this.tick(), SIMULATED_TICK_MS);
  }

  pause(): void {
    this.paused = true;
    this.clock.setSpeed(Date.now(), 0);
  }

  resume(): void {
    this.paused = false;
    this.clock.setSpeed(Date.now(), this.speed);
  }

  /** Changes the simulation speed; simulated time stays continuous. */
  setSpeed(speed: LiveSpeed): void {
    this.speed = speed;
    if (!this.paused) this.clock.setSpeed(Date.now(), speed);
  }

  /** Starts an anomaly at the next row. @throws ConfigError when this server cannot have it. */
  inject(type: AnomalyType): void {
    this.server.inject(type);
  }

  /** The anomalies that began so far, as dataset events. */
  events(): AnomalyEvent[] {
    return this.server.events().map((event) => ({ type: event.type, start: event.start, end: event.end, startIndex: event.startIndex, endIndex: event.endIndex, process: event.process, metrics: event.metrics }));
  }

  close(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const rows = this.server.until(this.clock.at(Date.now()), SIMULATED_TICK_ROWS);
    if (rows.length > 0) this.sink.rows(rows);
    const events = this.server.events();
    if (events.length > this.eventsSent) this.sink.events(events.slice(this.eventsSent));
    this.eventsSent = events.length;
  }
}

/** A WebSocket (ws://, wss://) or Server-Sent Events (http://, https://) endpoint; its messages go to the sink as they come. */
export class EndpointLiveSource implements LiveSourceAdapter {
  private closing = false;
  private opened = false;
  private socket: WebSocket | null = null;
  private events: EventSource | null = null;
  private readonly decoder = new TextDecoder();

  /** @throws LiveSourceError for an address that is neither WebSocket nor HTTP(S). */
  constructor(
    private readonly url: string,
    private readonly sink: LiveSourceSink,
  ) {
    endpointKind(url);
  }

  start(): void {
    try {
      if (endpointKind(this.url) === 'websocket') this.openSocket();
      else this.openEventSource();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new LiveSourceError(`The connection to ${this.url} could not be opened: ${message(error)}`);
    }
  }

  /** An endpoint cannot be asked to wait: its messages keep queueing (see LiveSession). */
  pause(): void {}

  resume(): void {}

  close(): void {
    this.closing = true;
    this.socket?.close();
    this.events?.close();
  }

  private openSocket(): void {
    const socket = new WebSocket(this.url);
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => this.open();
    socket.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data instanceof ArrayBuffer ? this.decoder.decode(event.data) : event.data;
      this.sink.message(data, Date.now());
    };
    // The close event that follows an error says more (its code), so errors are reported there.
    socket.onclose = (event) => {
      if (this.closing) return;
      const code = event.code !== 1000 && event.code !== 1005 ? ` (code ${event.code}${event.reason ? `: ${event.reason}` : ''})` : '';
      if (this.opened) this.sink.ended(`The server at ${this.url} closed the connection${code}.`);
      else this.sink.failed(`Could not connect to ${this.url}${code}: check the address and that the server is running.`);
    };
    this.socket = socket;
  }

  private openEventSource(): void {
    if (typeof EventSource === 'undefined') throw new LiveSourceError('This browser cannot read Server-Sent Events in a worker; use a ws:// or wss:// address.');
    const events = new EventSource(this.url);
    events.onopen = () => this.open();
    events.onmessage = (event: MessageEvent<string>) => this.sink.message(event.data, Date.now());
    events.onerror = () => {
      if (this.closing) return;
      if (events.readyState !== EventSource.CLOSED) {
        this.sink.reconnecting(`The connection to ${this.url} was lost; reconnecting.`);
      } else if (this.opened) {
        this.sink.ended(`The server at ${this.url} ended the event stream.`);
      } else {
        this.sink.failed(`Could not connect to ${this.url}: it must answer with Content-Type text/event-stream and allow this page (CORS).`);
      }
    };
    this.events = events;
  }

  private open(): void {
    this.opened = true;
    this.sink.connected();
  }
}

/**
 * A followed file (`tail -f`): checked every second, the bytes past the last read decoded as UTF-8
 * (a character split between reads is kept for the next) and cut into lines. A file that got shorter
 * was truncated or replaced, and is read again from its start.
 */
export class FileLiveSource implements LiveSourceAdapter {
  private offset = 0;
  private decoder = new TextDecoder('utf-8');
  private readonly splitter = new LiveLineSplitter();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private paused = false;
  private closed = false;
  /** True while a read is in flight, so a resume never starts a second one at the same offset. */
  private busy = false;

  constructor(
    private readonly handle: Pick<FileSystemFileHandle, 'getFile' | 'name'>,
    private readonly sink: LiveSourceSink,
  ) {}

  start(): void {
    this.sink.connected();
    this.schedule(0);
  }

  pause(): void {
    this.paused = true;
    this.cancel();
  }

  resume(): void {
    if (!this.paused || this.closed) return;
    this.paused = false;
    this.schedule(0);
  }

  /** Stops following; an unfinished last line is read as a line. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancel();
    this.send(this.splitter.flush());
  }

  /** Reads what was appended since the last read, at most one chunk; resolves to whether more is waiting. Public for tests. */
  async poll(): Promise<boolean> {
    const file = await this.handle.getFile();
    if (file.size < this.offset) {
      this.offset = 0;
      this.decoder = new TextDecoder('utf-8');
      this.splitter.reset();
      this.sink.problem(`${this.handle.name} got shorter (truncated or replaced); reading it again from the start.`);
    }
    if (file.size === this.offset || this.sink.backlog() >= FILE_BACKLOG_ROWS) return file.size > this.offset;
    const end = Math.min(file.size, this.offset + FILE_CHUNK_BYTES);
    const bytes = await file.slice(this.offset, end).arrayBuffer();
    this.offset = end;
    this.send(this.splitter.push(this.decoder.decode(bytes, { stream: true })));
    return end < file.size;
  }

  private send(lines: string[]): void {
    const now = Date.now();
    for (const line of lines) this.sink.message(line, now);
  }

  private schedule(ms: number): void {
    this.cancel();
    this.timer = setTimeout(() => void this.step(), ms);
  }

  private async step(): Promise<void> {
    this.timer = null;
    if (this.busy) return;
    this.busy = true;
    let more: boolean;
    try {
      more = await this.poll();
    } catch (error) {
      if (!this.closed) this.sink.failed(`${this.handle.name} can no longer be read: ${message(error)}`);
      return;
    } finally {
      this.busy = false;
    }
    // Read on soon while more is waiting and the scorer keeps up; otherwise check again in a second.
    if (!this.closed && !this.paused) this.schedule(more && this.sink.backlog() < FILE_BACKLOG_ROWS ? 20 : FILE_POLL_MS);
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The adapter for a live source. @throws LiveSourceError (bad address) or ConfigError (bad simulated configuration). */
export function openLiveSource(source: LiveSource, sink: LiveSourceSink): LiveSourceAdapter {
  switch (source.kind) {
    case 'simulated':
      return new SimulatedLiveSource(source, sink);
    case 'endpoint':
      return new EndpointLiveSource(source.url, sink);
    case 'file':
      return new FileLiveSource(source.handle, sink);
  }
}
