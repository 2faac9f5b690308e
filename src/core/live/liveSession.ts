import type { Dataset } from '../../shared/dataset';
import type { LiveCounters, LiveStatus, LiveUpdate, SimulatedEventNote } from '../../shared/live';
import type { MaintenanceWindow } from '../../shared/feedback';
import type { Preprocessing } from '../../shared/preprocessing';
import { DEFAULT_COOLDOWN_MS } from '../detection/incidents';
import { maintenanceFilter } from '../feedback/maintenance';
import { metricContributions } from '../detection/metricContributions';
import { CausalMean, expectedValues, normaliseErrors, smoothRowsOf } from '../detection/scoreProfile';
import { contributionGroups } from '../detection/contributions';
import { DayRanges, foldRangeAlarm, rangeFloors } from '../detection/rangeRule';
import { featureColumns, rowTimes } from '../preprocess/matrix';
import { generatorLabel } from './columnCheck';
import { farAheadProblem } from './futureRows';
import { LiveIncidentTracker } from './liveIncidents';
import { LiveIntake } from './liveIntake';
import type { LiveMessageError } from './liveProblem';
import { LiveQueue } from './liveQueue';
import type { LiveRow } from './liveRow';
import { LiveRowsBuffer } from './liveRowsBuffer';
import { LiveTable, scoringHistory } from './liveTable';
import { RateMeter } from './rateMeter';
import { SessionRecorder, type SessionDatasetOptions } from './sessionRecorder';

/** Rows waiting for the scorer at most; beyond, the oldest are dropped (see LiveQueue). */
export const DEFAULT_QUEUE_ROWS = 50_000;
/** Rows scored per pump at most, so one pump never holds the worker long. */
export const DEFAULT_BATCH_ROWS = 4096;
/** Problems kept for the page, newest last. */
export const MAX_PROBLEMS = 5;
/** A row still waiting for parts is completed after this much silence (ms). */
const PARTIAL_ROW_WAIT_MS = 2000;

/** What a live session scores with: the liveScorer interface (ml/liveScorer.ts), injectable for tests. */
export interface SessionScorer {
  score(view: Dataset, firstNewRow: number): Promise<{ rows: Uint32Array; featureErrors: Float32Array; differences: Float32Array }>;
}

export interface LiveSessionOptions {
  preprocessing: Preprocessing;
  threshold: number;
  /** The alarm policy's cool-down (ms); default DEFAULT_COOLDOWN_MS, as Detect. */
  cooldownMs?: number;
  /** Maintenance windows: rows in them open or extend no incident, as in Detect. */
  maintenance?: readonly MaintenanceWindow[];
  scorer: SessionScorer;
  /** Wall clock (ms), for rates and partial-row timeouts. */
  now: () => number;
  /** The real time (ms) rows far ahead are judged by (see isFarAhead); default Date.now. */
  wallClock?: () => number;
  emit: (update: LiveUpdate) => void;
  /** Rows carry ground-truth labels (a simulated source). */
  labelled?: boolean;
  /** The step between rows when known (simulated); otherwise learnt. */
  intervalMs?: number | null;
  /** Human labels of the features (`cpu` → `CPU %`), for column matching and the saved dataset. */
  labels?: Readonly<Record<string, string>>;
  /** Read the first line that is neither JSON nor a log line as a CSV header (a followed file); off, such a line is malformed. */
  csvHeaderFirst?: boolean;
  queueRows?: number;
  batchRows?: number;
  /** Rows kept for saving the session (see SessionRecorder). */
  recorderCap?: number;
}

/**
 * One live session, free of timers and I/O: rows come in through {@link accept} (endpoint or file
 * messages) or {@link acceptRows} (simulated rows) and wait in a bounded queue; each {@link pump}
 * scores at most one batch, tracks incidents, counts and records; {@link flush} hands the news to
 * `emit`. When to pump and flush is the caller's choice (the worker's timers).
 *
 * Pausing stops scoring only: rows still arriving keep queueing, and once the queue is full the
 * oldest are dropped and counted, as when the scorer falls behind; resuming scores the backlog.
 * (The worker also pauses a simulated clock and a followed file, which then send nothing.)
 */
export class LiveSession {
  private readonly options: LiveSessionOptions;
  private readonly features: readonly string[];
  private readonly intake: LiveIntake;
  private readonly queue: LiveQueue<LiveRow>;
  private readonly table: LiveTable;
  private readonly tracker: LiveIncidentTracker;
  /** The score's causal smoothing, carried across batches so the stream scores as Detect does. */
  private readonly smoother: CausalMean;
  private readonly recorder: SessionRecorder;
  private readonly out: LiveRowsBuffer;
  private readonly received = new RateMeter();
  private readonly scoredRate = new RateMeter();
  private readonly batchRows: number;
  private state: LiveStatus = 'connecting';
  private connected = false;
  private malformed = 0;
  private scored = 0;
  private flagged = 0;
  private lastMessageAt = -Infinity;
  /** Distinct problems, oldest first, each with how often it happened. */
  private problemList: { sentence: string; count: number }[] = [];
  private events: SimulatedEventNote[] = [];
  private dirty = true;
  /** The day-range rule's state over the rows scored so far; null for a model saved without the rule. */
  private readonly dayRanges: DayRanges | null;
  private readonly groups: number;
  private current: Promise<number> | null = null;

  constructor(options: LiveSessionOptions) {
    this.options = options;
    const { preprocessing } = options;
    this.features = preprocessing.features;
    const labelled = options.labelled === true;
    const labels = options.labels ?? {};
    this.batchRows = Math.max(1, Math.floor(options.batchRows ?? DEFAULT_BATCH_ROWS));
    this.intake = new LiveIntake(this.features, {
      row: (row) => this.enqueue(row),
      malformed: (error) => this.noteMalformed(error),
      mismatch: (error) => this.fail(`The source does not fit the model: ${error.reason}`),
    }, labels, options.csvHeaderFirst === true);
    this.queue = new LiveQueue<LiveRow>(options.queueRows ?? DEFAULT_QUEUE_ROWS);
    const keyLabels = this.features.map((key) => labels[key] ?? generatorLabel(key) ?? key);
    // Room for a batch whose every row follows a gap (one filled row each) and the history.
    const capacity = 2 * this.batchRows + scoringHistory(preprocessing) + 2;
    this.table = new LiveTable({ keys: this.features, labels: keyLabels, capacity, intervalMs: options.intervalMs ?? null, labelled, wallClock: options.wallClock });
    this.tracker = new LiveIncidentTracker({
      threshold: options.threshold,
      groups: this.features,
      cooldownMs: options.cooldownMs ?? DEFAULT_COOLDOWN_MS,
      suppressed: maintenanceFilter(options.maintenance),
    });
    this.smoother = new CausalMean(smoothRowsOf(preprocessing));
    const rule = preprocessing.scoring?.rangeRule;
    this.dayRanges = rule ? new DayRanges(rule, rangeFloors(rule, preprocessing.min, preprocessing.max)) : null;
    this.groups = contributionGroups(preprocessing).length;
    this.recorder = new SessionRecorder({ keys: this.features, labels: keyLabels, labelled, cap: options.recorderCap });
    this.out = new LiveRowsBuffer(this.features.length, labelled);
  }

  /** The session's status now. */
  get status(): LiveStatus {
    return this.state;
  }

  /** Rows waiting to be scored. */
  get queued(): number {
    return this.queue.size;
  }

  /** True when something changed since the last flush. */
  get hasNews(): boolean {
    return this.dirty;
  }

  /** The source is connected and sending: 'connecting' becomes 'running' (or stays paused). */
  markConnected(): void {
    this.connected = true;
    if (this.state === 'connecting') this.setStatus('running');
  }

  /** The source lost its connection and is trying again. */
  markConnecting(problem: string): void {
    this.connected = false;
    this.addProblem(problem);
    if (this.state === 'running') this.setStatus('connecting');
  }

  /** Reads an endpoint or file message (see parseLiveMessage); ignored once the session ended. */
  accept(message: unknown, arrivalMs: number): void {
    if (!this.accepting) return;
    this.lastMessageAt = this.options.now();
    this.intake.message(message, arrivalMs);
  }

  /** Takes whole rows, e.g. a simulated server's (their keys are matched to the model's features too). */
  acceptRows(rows: readonly LiveRow[]): void {
    if (this.accepting) this.intake.rows(rows);
  }

  /** Notes simulated anomalies that began, for the next update. */
  noteEvents(events: readonly SimulatedEventNote[]): void {
    if (events.length === 0) return;
    this.events.push(...events.map(({ type, start, end, injected }) => ({ type, start, end, injected })));
    this.dirty = true;
  }

  /** Adds a user-facing sentence (a connection error) to the problems shown; a repeat is counted, not listed again. */
  addProblem(sentence: string): void {
    const same = this.problemList.find((problem) => problem.sentence === sentence);
    this.problemList = same
      ? [...this.problemList.filter((problem) => problem !== same), { sentence, count: same.count + 1 }]
      : [...this.problemList, { sentence, count: 1 }].slice(-MAX_PROBLEMS);
    this.dirty = true;
  }

  /**
   * Scores at most one batch of queued rows; resolves to the rows taken from the queue. While a
   * pump runs, another call returns the same promise. Does nothing while paused or after a failure.
   */
  pump(): Promise<number> {
    if (this.current) return this.current;
    if (this.state === 'paused' || this.state === 'failed') return Promise.resolve(0);
    this.current = this.scoreBatch().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  /** Resolves once no pump runs (whether it succeeded or not: the pump's caller hears of its failure). */
  async idle(): Promise<void> {
    await Promise.allSettled([this.current]);
  }

  /** Builds the update of everything new since the last flush, sends it to `emit` and returns it. */
  flush(): LiveUpdate {
    const update: LiveUpdate = {
      status: this.state,
      rows: this.out.take(),
      incidents: this.tracker.takeChanged(),
      counters: this.counters(),
      problems: this.problemList.map(({ sentence, count }) => (count > 1 ? `${sentence} (${count.toLocaleString('en-US')} times)` : sentence)),
      events: this.events,
    };
    this.events = [];
    this.dirty = false;
    this.options.emit(update);
    return update;
  }

  /** Stops scoring; rows keep queueing (see the class comment). */
  pause(): void {
    if (this.state !== 'running' && this.state !== 'connecting') return;
    this.setStatus('paused');
  }

  /** Scores again, the backlog first. */
  resume(): void {
    if (this.state !== 'paused') return;
    this.setStatus(this.connected ? 'running' : 'connecting');
  }

  /**
   * Ends the session: no more rows are accepted, the queued ones are scored, open incidents close.
   * The rows stay for {@link dataset}. `problem` says why, when the source ended it.
   */
  async stop(problem?: string): Promise<void> {
    if (problem !== undefined) this.addProblem(problem);
    if (!this.accepting) return;
    this.intake.flush();
    this.setStatus('stopped');
    await this.current;
    while (this.queue.size > 0 && this.state === 'stopped') await this.pump();
    this.tracker.finish();
    this.dirty = true;
  }

  /** Ends the session as failed, with the reason shown to the user; the rows so far stay. */
  fail(problem: string): void {
    this.addProblem(problem);
    if (this.state === 'failed') return;
    this.queue.clear();
    this.tracker.finish();
    this.setStatus('failed');
  }

  /** The counters now. */
  counters(): LiveCounters {
    const queue = this.queue.stats();
    const table = this.table.stats();
    const now = this.options.now();
    return {
      received: queue.received,
      scored: this.scored,
      flagged: this.flagged,
      malformed: this.malformed,
      dropped: queue.dropped + table.evictedUnscored,
      skipped: table.duplicates + table.outOfOrder + table.invalid,
      future: table.future,
      receivedPerSecond: this.received.rate(now),
      scoredPerSecond: this.scoredRate.rate(now),
    };
  }

  /** The session's rows so far as a dataset to save (see SessionRecorder.toDataset). */
  dataset(options: Omit<SessionDatasetOptions, 'intervalMs'>): Dataset {
    const interval = this.table.intervalMs;
    return this.recorder.toDataset({ ...options, intervalMs: Number.isNaN(interval) ? 0 : interval });
  }

  /** Rows dropped from the recording because the session outgrew its cap. */
  get recordingDropped(): number {
    return this.recorder.dropped;
  }

  private get accepting(): boolean {
    return this.state !== 'stopped' && this.state !== 'failed';
  }

  private setStatus(status: LiveStatus): void {
    this.state = status;
    this.dirty = true;
  }

  private enqueue(row: LiveRow): void {
    this.queue.push(row);
    this.received.record(this.options.now());
    this.dirty = true;
  }

  private noteMalformed(error: LiveMessageError): void {
    this.malformed++;
    const where = error.line > 1 ? `line ${error.line} of a message` : 'a message';
    const sample = error.sample && error.kind !== 'missing-columns' ? ` ("${error.sample}")` : '';
    this.addProblem(`Skipped ${where}: ${error.reason.replace(/\.$/, '')}${sample}.`);
  }

  /** The day-range rule over the new rows, as Detect applies it over a dataset (see core/detection/rangeRule). */
  private addRangeAlarms(
    scores: Float32Array,
    timestamps: Float64Array,
    columns: readonly Float32Array[],
    firstNewRow: number,
    explain: { metricErrors: Float32Array; expected: Float32Array; scoredAt: Int32Array },
  ): void {
    if (!this.dayRanges) return;
    const explanations = { metricErrors: explain.metricErrors, expected: explain.expected, metrics: this.features.length, groups: this.groups };
    for (let r = 0; r < scores.length; r++) {
      const found = this.dayRanges.pushRow(timestamps[r], columns, firstNewRow + r);
      if (found.excess > 1) scores[r] = foldRangeAlarm(scores[r], found, this.options.threshold, explanations, explain.scoredAt[r]);
    }
  }

  private async scoreBatch(): Promise<number> {
    if (this.accepting && this.options.now() - this.lastMessageAt >= PARTIAL_ROW_WAIT_MS) this.intake.flush();
    const batch = this.queue.takeBatch(this.batchRows);
    for (const row of batch) {
      if (this.table.append(row) === 'future') this.addProblem(farAheadProblem(row.timestamp, this.table.intervalMs));
    }
    const view = this.table.takeNew(scoringHistory(this.options.preprocessing));
    if (view === null) return batch.length;
    const { dataset, firstNewRow } = view;
    let result: Awaited<ReturnType<SessionScorer['score']>>;
    try {
      result = await this.options.scorer.score(dataset, firstNewRow);
    } catch (error) {
      this.fail(`Scoring stopped: ${error instanceof Error ? error.message : String(error)}`);
      return batch.length;
    }
    const count = dataset.timestamps.length - firstNewRow;
    const { preprocessing, threshold } = this.options;
    const times = rowTimes(dataset.timestamps, result.rows);
    const normalised = normaliseErrors(result.featureErrors, times, preprocessing);
    const columns = featureColumns(dataset, this.features) as Float32Array[]; // the live table holds every model feature
    const expected = expectedValues(result.differences, result.rows, columns, preprocessing);
    const raw = new Float32Array(count).fill(NaN);
    const scoredAt = new Int32Array(count).fill(-1);
    result.rows.forEach((row, i) => {
      if (row < firstNewRow) return;
      raw[row - firstNewRow] = normalised.scores[i];
      scoredAt[row - firstNewRow] = i;
    });
    const scores = raw.map((score) => this.smoother.push(score));
    const timestamps = dataset.timestamps.subarray(firstNewRow);
    this.addRangeAlarms(scores, timestamps, columns, firstNewRow, { metricErrors: normalised.metricErrors, expected, scoredAt });
    const contributions = metricContributions(this.features, normalised.metricErrors, expected, columns, (row) => scoredAt[row], (row) => firstNewRow + row);
    this.tracker.push(timestamps, scores, contributions);
    for (let r = 0; r < count; r++) if (scores[r] >= threshold) this.flagged++;
    this.scored += result.rows.length;
    this.queue.noteScored(result.rows.length);
    this.scoredRate.record(this.options.now(), result.rows.length);
    const rows = { timestamps: dataset.timestamps, values: dataset.columns.map((c) => c.values), labels: dataset.labels, missing: dataset.missing ?? null };
    this.recorder.append(rows, firstNewRow);
    this.out.push(rows, firstNewRow, scores);
    this.dirty = true;
    return batch.length;
  }
}
