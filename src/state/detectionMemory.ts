import { loadDetectMemory, saveLastScored, saveModelThreshold, type DetectMemory, type ScoredPair } from '../persistence/detectMemory';

// Thresholds waiting to be written: a dragged slider sends many, only the latest per model matters.
const queued = new Map<string, number | null>();
let writing = false;

async function writeQueued(): Promise<void> {
  writing = true;
  try {
    // A Map's iteration also visits entries set while it awaits, so nothing queued meanwhile is left behind.
    for (const [modelId, threshold] of queued) {
      queued.delete(modelId);
      await saveModelThreshold(modelId, threshold).catch((error: unknown) => console.warn('Could not remember the threshold', error));
    }
  } finally {
    writing = false;
  }
}

/** Remembers the threshold set for a model (null forgets it), one write at a time, the latest winning. */
export function rememberThreshold(modelId: string, threshold: number | null): void {
  queued.set(modelId, threshold);
  if (!writing) void writeQueued();
}

/** Remembers which dataset and model were scored last, so a reload scores them again. */
export function rememberScored(pair: ScoredPair): void {
  saveLastScored(pair).catch((error: unknown) => console.warn('Could not remember the scoring', error));
}

/** What Detect remembered; nothing when it cannot be read, since scoring works without it. */
export async function recallDetectMemory(): Promise<DetectMemory> {
  try {
    return await loadDetectMemory();
  } catch (error) {
    console.warn('Could not read what Detect remembered', error);
    return { thresholds: {}, lastScored: null };
  }
}
