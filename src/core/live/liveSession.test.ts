import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../shared/dataset';
import type { LiveUpdate } from '../../shared/live';
import { PREPROCESSING_VERSION, inputWidth, type Preprocessing } from '../../shared/preprocessing';
import type { LiveRow } from './liveRow';
import { LiveSession, MAX_PROBLEMS, type LiveSessionOptions, type SessionScorer } from './liveSession';

const T0 = Date.UTC(2024, 0, 1);
const features = ['cpu', 'ram'];
const preprocessing: Preprocessing = {
  version: PREPROCESSING_VERSION, features, min: [0, 0], max: [100, 100],
  context: false, window: 1, stillness: false, inputWidth: inputWidth(2, 1, false, false),
};

/** Scores each new, non-missing row by its cpu value: the squared errors are 2·cpu − ram and ram, whose mean (no score profile) is cpu; it reconstructs exactly. */
class FakeScorer implements SessionScorer {
  calls: { rows: number; firstNewRow: number }[] = [];
  fail = false;

  async score(view: Dataset, firstNewRow: number) {
    if (this.fail) throw new Error('the GPU was lost');
    this.calls.push({ rows: view.timestamps.length, firstNewRow });
    const [cpu, ram] = view.columns.map((c) => c.values);
    const rows: number[] = [];
    for (let r = firstNewRow; r < view.timestamps.length; r++) if (!view.missing?.[r]) rows.push(r);
    return {
      rows: Uint32Array.from(rows),
      featureErrors: Float32Array.from(rows.flatMap((r) => [2 * cpu[r] - ram[r], ram[r]])),
      differences: new Float32Array(2 * rows.length),
    };
  }
}

const row = (i: number, cpu = 1, ram = 1): LiveRow => ({ timestamp: T0 + i * 1000, values: { cpu, ram } });
const rows = (from: number, n: number, cpu = 1) => Array.from({ length: n }, (_, k) => row(from + k, cpu));

function session(options: Partial<LiveSessionOptions> = {}) {
  const scorer = new FakeScorer();
  const updates: LiveUpdate[] = [];
  let now = 0;
  // No cool-down: these rows are a second apart, and the tests below are about the gap rule.
  const live = new LiveSession({ preprocessing, threshold: 10, cooldownMs: 0, scorer, now: () => now, emit: (u) => updates.push(u), ...options });
  live.markConnected();
  return { live, scorer, updates, advance: (ms: number) => (now += ms) };
}

async function drain(live: LiveSession): Promise<number> {
  let pumps = 0;
  while (live.queued > 0) {
    await live.pump();
    pumps++;
  }
  return pumps;
}

describe('LiveSession', () => {
  it('scores the queue a batch per pump and sends every scored row once', async () => {
    const { live, scorer } = session({ batchRows: 10 });
    live.acceptRows(rows(0, 25));
    expect(live.queued).toBe(25);
    expect(await drain(live)).toBe(3);
    expect(scorer.calls.map((c) => c.rows - c.firstNewRow)).toEqual([10, 10, 5]);
    const update = live.flush();
    expect(update.status).toBe('running');
    expect(update.rows.timestamps).toHaveLength(25);
    expect(update.rows.scores.every((s) => s === 1)).toBe(true);
    expect(update.rows.labels).toBeNull();
    expect(update.counters).toMatchObject({ received: 25, scored: 25, flagged: 0, dropped: 0, malformed: 0 });
    expect(live.flush().rows.timestamps).toHaveLength(0);
  });

  it('drops the oldest rows when the source outpaces the scorer, and counts them', async () => {
    const { live } = session({ queueRows: 20, batchRows: 8 });
    live.acceptRows(rows(0, 50));
    expect(live.queued).toBe(20);
    await drain(live);
    const update = live.flush();
    expect(update.counters).toMatchObject({ received: 50, dropped: 30, scored: 20 });
    expect(update.rows.timestamps[0]).toBe(T0 + 30_000);
  });

  it('counts malformed messages, keeps the last few problems and never stops the stream', async () => {
    const { live } = session();
    for (let i = 0; i < 8; i++) {
      live.accept(JSON.stringify({ time: T0 + i * 1000, cpu: 1, ram: 2 }), T0);
      live.accept(i % 2 === 0 ? '{"cpu": ' : 'hello there', T0);
    }
    await drain(live);
    const update = live.flush();
    expect(update.status).toBe('running');
    expect(update.counters).toMatchObject({ received: 8, scored: 8, malformed: 8 });
    // The same problem again is counted, not listed again: two kinds of bad message, four of each.
    expect(update.problems).toHaveLength(2);
    expect(update.problems.at(-1)).toMatch(/^Skipped a message: not a JSON object.*\("hello there"\)\. \(4 times\)$/);
  });

  it('keeps the last few distinct problems, the newest last', () => {
    const { live } = session();
    for (let i = 0; i < MAX_PROBLEMS + 2; i++) live.addProblem(`problem ${i}`);
    live.addProblem('problem 3');
    const problems = live.flush().problems;
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems.at(-1)).toBe('problem 3 (2 times)');
    expect(problems[0]).toBe('problem 2');
  });

  it('skips a far-future row with a problem showing its time, and scores the rows after it', async () => {
    const { live } = session({ wallClock: () => T0 + 60_000 });
    live.accept(JSON.stringify({ timestamp: new Date(T0).toISOString(), cpu: 1, ram: 2 }), T0);
    live.accept(JSON.stringify({ timestamp: '9999-12-31T23:59:59Z', cpu: 1, ram: 2 }), T0);
    for (let i = 1; i < 5; i++) live.accept(JSON.stringify({ timestamp: new Date(T0 + i * 1000).toISOString(), cpu: 1, ram: 2 }), T0);
    await drain(live);
    const update = live.flush();
    expect(update.status).toBe('running');
    expect(update.counters).toMatchObject({ received: 6, scored: 5, future: 1, skipped: 0, malformed: 0 });
    expect(update.problems).toEqual(['Skipped a row timed 9999-12-31 23:59:59 UTC: more than 1 day ahead of both the stream’s last row and this computer’s clock.']);
  });

  it('fails with a problem naming the missing columns when the first rows lack them', () => {
    const { live } = session();
    for (let i = 0; i < 3; i++) live.accept(JSON.stringify({ time: T0 + i, cpu: 5, memory_free: 3 }), T0);
    const update = live.flush();
    expect(update.status).toBe('failed');
    expect(update.problems.at(-1)).toMatch(/^The source does not fit the model: the live data has no column for ram.*sends: cpu, memory_free/);
    live.accept(JSON.stringify({ time: T0 + 9, cpu: 5, ram: 3 }), T0);
    expect(live.queued).toBe(0);
  });

  it('counts a later row without the columns as malformed once the source has matched, the last after a silence', async () => {
    const { live, advance } = session();
    live.accept(JSON.stringify({ time: T0, cpu: 5, ram: 3 }), T0);
    for (let i = 1; i < 5; i++) live.accept(JSON.stringify({ time: T0 + i, cpu: 5 }), T0);
    // A partial row waits for more parts of its time; the next time completes it.
    expect(live.counters().malformed).toBe(3);
    await live.pump();
    expect(live.counters().malformed).toBe(3);
    advance(2000);
    await live.pump();
    const update = live.flush();
    expect(update.status).toBe('running');
    expect(update.counters).toMatchObject({ malformed: 4, scored: 1 });
  });

  it('reads CSV lines after a header line when told the source starts with one', async () => {
    const { live } = session({ csvHeaderFirst: true });
    for (const line of ['time,cpu,ram', '2024-01-01T00:00:00Z,5,6', '2024-01-01T00:00:30Z,7,8']) live.accept(line, T0);
    await drain(live);
    expect(Array.from(live.flush().rows.values[1])).toEqual([6, 8]);
  });

  it('joins the original log format’s one-metric lines into rows', async () => {
    const { live } = session();
    const line = (s: number, what: string, v: number) => `2024-01-01 00:00:${String(s).padStart(2, '0')} [s] [${what}]: ${what} usage at ${v}%`;
    for (const s of [0, 30]) {
      live.accept(line(s, 'CPU', 20 + s), T0);
      live.accept(line(s, 'RAM', 40), T0);
    }
    await drain(live);
    const update = live.flush();
    expect(Array.from(update.rows.values[0])).toEqual([20, 50]);
    expect(Array.from(update.rows.values[1])).toEqual([40, 40]);
  });

  it('groups flagged rows into incidents with their top metrics, closing them after quiet rows and on stop', async () => {
    const { live } = session();
    live.acceptRows([...rows(0, 5), row(5, 30, 10), row(6, 12, 4), ...rows(7, 5), row(12, 50, 0)]);
    await live.pump();
    const update = live.flush();
    expect(update.counters.flagged).toBe(3);
    expect(update.incidents).toEqual([
      {
        id: 1, start: T0 + 5000, end: T0 + 6000, peakScore: 30, severity: 'high', open: false,
        topMetrics: [{ name: 'cpu', share: 70 / 84, actual: 30, expected: 30 }, { name: 'ram', share: 14 / 84, actual: 10, expected: 10 }],
      },
      { id: 2, start: T0 + 12_000, end: T0 + 12_000, peakScore: 50, severity: 'high', topMetrics: [{ name: 'cpu', share: 1, actual: 50, expected: 50 }], open: true },
    ]);
    await live.stop();
    const last = live.flush();
    expect(last.status).toBe('stopped');
    expect(last.incidents).toMatchObject([{ id: 2, open: false }]);
  });

  it('raises the day-range rule’s alarm as Detect does: a metric past its ranges of yesterday and last week, named with the bound it passed', async () => {
    const HOUR = 3_600_000;
    // The fake scores every row 1 (its cpu); ram sits at 20 for eight days, then jumps to 60 for an hour.
    const hourly = Array.from({ length: 9 * 24 }, (_, i): LiveRow => ({ timestamp: T0 + i * HOUR, values: { cpu: 1, ram: i === 8 * 24 + 12 ? 60 : 20 } }));
    const scoring = { scales: [1, 1], seasonal: null, smoothRows: 1, errorUnit: 'squared' as const };
    const withRule = { ...preprocessing, scoring: { ...scoring, rangeRule: { lagsDays: [1, 7], floorShare: 0.1 } } };
    const { live } = session({ preprocessing: withRule, cooldownMs: HOUR });
    live.acceptRows(hourly);
    await drain(live);
    // 40 points past the day's range, in margins of 10 % of the training range 0–100: 4 thresholds of 10.
    expect(live.flush().incidents).toEqual([
      { id: 1, start: T0 + (8 * 24 + 12) * HOUR, end: T0 + (8 * 24 + 12) * HOUR, peakScore: 40, severity: 'high', open: false, topMetrics: [{ name: 'ram', share: expect.any(Number), actual: 60, expected: 20 }] },
    ]);
    // A model saved before the rule: the same rows raise nothing.
    const before = session({ preprocessing: { ...preprocessing, scoring }, cooldownMs: HOUR });
    before.live.acceptRows(hourly);
    await drain(before.live);
    expect(before.live.flush().incidents).toEqual([]);
  });

  it('raises no incident from rows in the model’s maintenance windows, still counting them as flagged', async () => {
    // The flags at rows 5..6 lie in a one-off window; the one at row 12 does not.
    const maintenance = [{ kind: 'once' as const, start: T0 + 5000, end: T0 + 7000 }];
    const { live } = session({ maintenance });
    live.acceptRows([...rows(0, 5), row(5, 30, 10), row(6, 12, 4), ...rows(7, 5), row(12, 50, 0)]);
    await live.pump();
    const update = live.flush();
    expect(update.counters.flagged).toBe(3);
    expect(update.incidents.map((incident) => [incident.id, incident.start])).toEqual([[1, T0 + 12_000]]);
  });

  it('stops scoring while paused, keeps queueing (dropping the oldest when full) and scores the backlog on resume', async () => {
    const { live, scorer } = session({ queueRows: 30 });
    live.acceptRows(rows(0, 10));
    live.pause();
    expect(live.flush().status).toBe('paused');
    live.acceptRows(rows(10, 30));
    expect(await live.pump()).toBe(0);
    expect(scorer.calls).toHaveLength(0);
    expect(live.counters()).toMatchObject({ received: 40, dropped: 10, scored: 0 });
    live.resume();
    await drain(live);
    expect(live.flush()).toMatchObject({ status: 'running', counters: { scored: 30 } });
  });

  it('fails when the scorer fails, keeping the rows scored so far', async () => {
    const { live, scorer } = session({ batchRows: 5 });
    live.acceptRows(rows(0, 10));
    await live.pump();
    scorer.fail = true;
    await live.pump();
    const update = live.flush();
    expect(update.status).toBe('failed');
    expect(update.problems.at(-1)).toBe('Scoring stopped: the GPU was lost');
    expect(live.dataset({ id: 'x', name: 'x', createdAt: 0 }).meta.rowCount).toBe(5);
  });

  it('stop scores what is queued and keeps the rows for a dataset, gaps marked missing, labels kept', async () => {
    const { live } = session({ labelled: true, intervalMs: 1000 });
    live.acceptRows([...rows(0, 3), { ...row(6), label: 4 }, row(7)]);
    await live.stop('The server closed the connection.');
    const update = live.flush();
    expect(update.problems).toEqual(['The server closed the connection.']);
    expect(Array.from(update.rows.scores).map((s) => (Number.isNaN(s) ? 'gap' : s))).toEqual([1, 1, 1, 'gap', 1, 1]);
    expect(Number.isNaN(update.rows.values[0][3])).toBe(true);
    const dataset = live.dataset({ id: 'live-1', name: 'Live', createdAt: 1 });
    expect(dataset.meta).toMatchObject({ source: 'live', rowCount: 6, intervalMs: 1000, hasLabels: true, eventCount: 1 });
    expect(Array.from(dataset.missing!)).toEqual([0, 0, 0, 1, 0, 0]);
    expect(dataset.events).toMatchObject([{ type: 'Memory Leak', startIndex: 4, endIndex: 4 }]);
    live.acceptRows(rows(20, 3));
    expect(live.queued).toBe(0);
  });
});
