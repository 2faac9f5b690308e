import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import type { LiveScorer } from '../ml/liveScorer';
import type { Dataset } from '../shared/dataset';
import type { LiveSetup, LiveUpdate } from '../shared/live';
import { PREPROCESSING_VERSION, type Preprocessing } from '../shared/preprocessing';
import { LiveRun } from './liveRun';

const START = Date.UTC(2024, 0, 1);
const preprocessing: Preprocessing = { version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 0], max: [100, 100], context: false, window: 1, inputWidth: 2 };

/** Scores every new row 0 (or fails when told), and remembers whether it was released. */
function fakeScorer() {
  const state = { disposed: false, fail: false };
  const scorer: LiveScorer = {
    backend: 'cpu',
    async score(view: Dataset, firstNewRow: number) {
      if (state.fail) throw new Error('context lost');
      const n = view.timestamps.length - firstNewRow;
      return { rows: Uint32Array.from({ length: n }, (_, i) => firstNewRow + i), featureErrors: new Float32Array(2 * n), differences: new Float32Array(2 * n) };
    },
    dispose: () => {
      state.disposed = true;
    },
  };
  return { scorer, state };
}

const setup = (speed: 60 | 3600): LiveSetup => ({
  source: { kind: 'simulated', config: { ...DEFAULT_CONFIG, intervalSeconds: 30, anomalyProbability: 0 }, speed, startMs: START },
  model: { name: 'test', artifacts: {} as LiveSetup['model']['artifacts'], preprocessing, backend: 'cpu', threshold: 1 },
});

afterEach(() => {
  vi.useRealTimers();
});

describe('LiveRun', () => {
  it('scores a simulated server at most four updates a second, and on stop scores the rest, releases the model and keeps the rows', async () => {
    vi.useFakeTimers({ now: START });
    const { scorer, state } = fakeScorer();
    const updates: LiveUpdate[] = [];
    const run = new LiveRun(setup(3600), scorer, (u) => updates.push(u));
    await vi.advanceTimersByTimeAsync(2000); // 2 simulated hours: 241 rows
    expect(updates.length).toBeGreaterThan(4);
    expect(updates.length).toBeLessThanOrEqual(8);
    expect(updates.at(-1)!.status).toBe('running');
    await run.stop();
    const last = updates.at(-1)!;
    expect(last.status).toBe('stopped');
    expect(last.counters.scored).toBe(last.counters.received);
    expect(updates.reduce((sum, u) => sum + u.rows.timestamps.length, 0)).toBe(last.counters.received);
    expect(updates.some((u) => u.rows.labels !== null && u.rows.values.length === 2)).toBe(true);
    expect(state.disposed).toBe(true);
    const dataset = run.dataset('Live test');
    expect(dataset.meta).toMatchObject({ source: 'live', name: 'Live test', rowCount: last.counters.received, intervalMs: 30_000 });
    expect(dataset.columns.map((c) => c.label)).toEqual(['CPU %', 'RAM %']);
    const count = updates.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect(updates).toHaveLength(count);
  });

  it('pauses the simulated clock with the scoring, and fails (releasing the model) when scoring fails', async () => {
    vi.useFakeTimers({ now: START });
    const { scorer, state } = fakeScorer();
    const updates: LiveUpdate[] = [];
    const run = new LiveRun(setup(60), scorer, (u) => updates.push(u));
    await vi.advanceTimersByTimeAsync(1000);
    run.pause();
    const received = updates.at(-1)!.counters.received;
    await vi.advanceTimersByTimeAsync(3000);
    expect(updates.at(-1)).toMatchObject({ status: 'paused', counters: { received } });
    run.resume();
    state.fail = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(updates.at(-1)).toMatchObject({ status: 'failed', problems: ['Scoring stopped: context lost'] });
    expect(state.disposed).toBe(true);
    expect(() => run.inject('Memory Leak')).not.toThrow();
    expect(() => run.setSpeed(7 as 60)).toThrow(/speed must be one of/);
  });
});
