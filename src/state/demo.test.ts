import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, useAppStore, type JobStatus } from './appStore';
import { cancelDemo, runDemo, useDemoStore } from './demo';

// Each step is a promise the test settles; a step ends by setting its job's status, as the real actions do.
const pending = vi.hoisted(() => ({ steps: [] as { name: string; finish: (ok: boolean) => void }[], cancelled: [] as string[] }));

function step(name: string, setStatus: (ok: boolean) => void): () => Promise<void> {
  return () => new Promise<void>((resolve) => pending.steps.push({ name, finish: (ok) => (setStatus(ok), resolve()) }));
}

vi.mock('./generation', () => ({
  startGeneration: step('generate', (ok) => useAppStore.setState((s) => ({ job: { ...s.job, status: (ok ? 'done' : 'failed') as JobStatus } }))),
  cancelGeneration: () => pending.cancelled.push('generate'),
}));
vi.mock('./training', () => ({
  startTraining: step('train', (ok) => useAppStore.setState((s) => ({ training: { ...s.training, status: ok ? 'done' : 'cancelled' } }))),
  cancelTraining: () => pending.cancelled.push('train'),
}));
vi.mock('./detection', () => ({
  startDetection: step('detect', (ok) => useAppStore.setState((s) => ({ detect: { ...s.detect, status: ok ? 'done' : 'failed' } }))),
  cancelDetection: () => pending.cancelled.push('detect'),
}));
vi.mock('../persistence/settingsStore', () => ({ saveSettings: () => Promise.resolve() }));

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(() => {
  pending.steps.length = 0;
  pending.cancelled.length = 0;
  useAppStore.setState(initialState());
  useDemoStore.setState({ step: null, finished: false });
});

describe('runDemo', () => {
  it('generates a small month, trains and detects, opening each step’s panel', async () => {
    const done = runDemo();
    expect(useAppStore.getState().config).toMatchObject({ months: 1, intervalSeconds: 120 });
    for (const [name, panel] of [['generate', 'generate'], ['train', 'train'], ['detect', 'detect']]) {
      await settle();
      expect(pending.steps.at(-1)?.name).toBe(name);
      expect(useDemoStore.getState().step).toBe(name);
      expect(useAppStore.getState().activePanel).toBe(panel);
      pending.steps.at(-1)?.finish(true);
    }
    await done;
    expect(useDemoStore.getState()).toEqual({ step: null, finished: true });
  });

  it('stops after a step that did not finish, without starting the next', async () => {
    const done = runDemo();
    await settle();
    pending.steps[0].finish(false);
    await done;
    expect(pending.steps.map((s) => s.name)).toEqual(['generate']);
    expect(useDemoStore.getState()).toEqual({ step: null, finished: false });
  });

  it('Stop cancels the running step only and ends the demo', async () => {
    const done = runDemo();
    await settle();
    pending.steps[0].finish(true);
    await settle();
    cancelDemo();
    expect(pending.cancelled).toEqual(['train']);
    pending.steps[1].finish(false);
    await done;
    expect(pending.steps.map((s) => s.name)).toEqual(['generate', 'train']);
    expect(useDemoStore.getState().step).toBeNull();
  });

  it('a second click while it runs, or a job already running, starts nothing', async () => {
    const first = runDemo();
    await runDemo();
    await settle();
    expect(pending.steps).toHaveLength(1);
    pending.steps[0].finish(false);
    await first;

    useAppStore.setState((s) => ({ training: { ...s.training, status: 'running' } }));
    await runDemo();
    expect(pending.steps).toHaveLength(1);
    expect(useDemoStore.getState().step).toBeNull();
  });
});
