import { create } from 'zustand';
import { reportError } from './alerts';
import { isBusy, useAppStore } from './appStore';
import { updateConfig } from './configActions';
import { cancelDetection, startDetection } from './detection';
import { cancelGeneration, startGeneration } from './generation';
import { setActivePanel } from './panels';
import { isTraining } from './trainJob';
import { cancelTraining, startTraining } from './training';

export type DemoStep = 'generate' | 'train' | 'detect';

export interface DemoState {
  /** The step the demo is on; null when no demo runs. */
  step: DemoStep | null;
  /** True once a demo has run to the end, so Detect can say what is on screen. */
  finished: boolean;
}

export const useDemoStore = create<DemoState>()(() => ({ step: null, finished: false }));

/**
 * One month at two minutes: 22,320 rows, generated, trained and scored in about 9 s on a 2-core machine.
 * At five minutes the default seed gave 5 incidents, 4 of them false alarms; at two, 20 that found all 16 events.
 */
export const DEMO_SETTINGS = { months: 1, intervalSeconds: 120 } as const;

export const DEMO_STEPS: readonly DemoStep[] = ['generate', 'train', 'detect'];

// Each step: the panel that shows it, how to run it, how to stop it, and whether it ended well.
const STEPS: Record<DemoStep, { panel: string; run: () => Promise<void>; cancel: () => void; done: () => boolean }> = {
  generate: { panel: 'generate', run: startGeneration, cancel: cancelGeneration, done: () => useAppStore.getState().job.status === 'done' },
  train: { panel: 'train', run: startTraining, cancel: cancelTraining, done: () => useAppStore.getState().training.status === 'done' },
  detect: { panel: 'detect', run: startDetection, cancel: cancelDetection, done: () => useAppStore.getState().detect.status === 'done' },
};

let running: AbortController | null = null;

function anyJobBusy(): boolean {
  const { job, training, detect, ingest } = useAppStore.getState();
  return isBusy(job) || isTraining(training) || detect.status === 'scoring' || ingest.status === 'importing' || ingest.status === 'saving';
}

/**
 * The first-run path: generates a small month with the form's other settings, trains a model with the
 * Train panel's settings and detects, opening each step's panel as it starts. A step that fails or is
 * cancelled ends the demo; its own action has already said why in the alert outlet.
 */
export async function runDemo(): Promise<void> {
  if (running || anyJobBusy()) return;
  const abort = new AbortController();
  running = abort;
  useDemoStore.setState({ finished: false });
  try {
    updateConfig(DEMO_SETTINGS);
    for (const step of DEMO_STEPS) {
      const { panel, run, done } = STEPS[step];
      useDemoStore.setState({ step });
      setActivePanel(panel);
      await run();
      if (abort.signal.aborted || !done()) return;
    }
    useDemoStore.setState({ finished: true });
  } catch (error) {
    reportError(error);
  } finally {
    running = null;
    useDemoStore.setState({ step: null });
  }
}

/** Stops the demo and the job it is running; what earlier steps saved stays. */
export function cancelDemo(): void {
  const { step } = useDemoStore.getState();
  if (!running || !step) return;
  running.abort();
  STEPS[step].cancel();
}
