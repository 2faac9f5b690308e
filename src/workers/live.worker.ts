import * as Comlink from 'comlink';
import { openLiveScorer } from '../ml/liveScorer';
import type { AnomalyType } from '../shared/anomaly';
import { datasetBuffers, type Dataset } from '../shared/dataset';
import { AppError } from '../shared/errors';
import type { LiveSetup, LiveSpeed, LiveUpdate } from '../shared/live';
import { toPortableError } from '../shared/portableError';
import { LiveRun } from './liveRun';

/** One session per worker at a time; a new start ends the last. */
let run: LiveRun | null = null;

/** Runs `task`, turning our errors into plain data Comlink can carry (see portableError). */
async function portable<T>(task: () => T | Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw toPortableError(error);
  }
}

function current(): LiveRun {
  if (!run) throw new AppError('No live session is running; start one first.');
  return run;
}

/** Why a setup cannot be used, or null. */
function setupProblem(setup: LiveSetup): string | null {
  const { model } = setup;
  if (model.preprocessing.features.length === 0) return `The model “${model.name}” reads no columns.`;
  if (!Number.isFinite(model.threshold)) return `The model “${model.name}” has no usable threshold.`;
  return null;
}

const api = {
  /**
   * Loads the model and starts reading the source; resolves once rows can flow. `onUpdate` (a
   * Comlink proxy) hears from the session at most four times a second, its rows transferred.
   */
  start(setup: LiveSetup, onUpdate: (update: LiveUpdate) => void): Promise<void> {
    return portable(async () => {
      await run?.stop();
      run = null;
      const problem = setupProblem(setup);
      if (problem) throw new AppError(problem);
      const scorer = await openLiveScorer(setup.model);
      try {
        run = new LiveRun(setup, scorer, onUpdate);
      } catch (error) {
        scorer.dispose();
        throw error;
      }
    });
  },

  /** Starts an anomaly of `type` on the simulated server at its next row. */
  inject(type: AnomalyType): Promise<void> {
    return portable(() => current().inject(type));
  },

  setSpeed(speed: LiveSpeed): Promise<void> {
    return portable(() => current().setSpeed(speed));
  },

  /** Stops scoring (and a simulated clock or followed file) until resumed. */
  pause(): Promise<void> {
    return portable(() => current().pause());
  },

  resume(): Promise<void> {
    return portable(() => current().resume());
  },

  /** Closes the source and scores what was queued; the session's rows stay for sessionDataset. */
  stop(): Promise<void> {
    return portable(() => run?.stop());
  },

  /** The session's rows so far as a dataset named `name`, its buffers transferred. */
  sessionDataset(name: string): Promise<Dataset> {
    return portable(() => {
      const dataset = current().dataset(name);
      return Comlink.transfer(dataset, datasetBuffers(dataset));
    });
  },
};

export type LiveApi = typeof api;

Comlink.expose(api);
