import { get, update } from 'idb-keyval';
import { isPlainObject } from './recordChecks';
import { settingsStore } from './settingsStore';

/** Bump when the record changes shape. */
export const DETECT_MEMORY_VERSION = 1;

/** A dataset scored by a model. */
export interface ScoredPair {
  datasetId: string;
  modelId: string;
}

/** What Detect remembers between visits: each model's chosen threshold and the last scoring. */
export interface DetectMemory {
  /** Model id → the threshold last set on the Detect panel for it. */
  thresholds: Record<string, number>;
  /** The last finished scoring, so a reload scores it again; null before the first one. */
  lastScored: ScoredPair | null;
}

interface DetectMemoryRecord extends DetectMemory {
  version: typeof DETECT_MEMORY_VERSION;
}

// A record of its own beside the settings record, in the same store.
const KEY = 'detect';

function empty(): DetectMemoryRecord {
  return { version: DETECT_MEMORY_VERSION, thresholds: {}, lastScored: null };
}

function checkedThresholds(value: unknown): Record<string, number> {
  if (!isPlainObject(value)) return {};
  const thresholds: Record<string, number> = {};
  for (const [id, threshold] of Object.entries(value)) {
    if (typeof threshold === 'number' && Number.isFinite(threshold) && threshold > 0) thresholds[id] = threshold;
  }
  return thresholds;
}

function checkedPair(value: unknown): ScoredPair | null {
  if (!isPlainObject(value) || typeof value.datasetId !== 'string' || typeof value.modelId !== 'string') return null;
  return { datasetId: value.datasetId, modelId: value.modelId };
}

function checked(record: unknown): DetectMemoryRecord {
  if (!isPlainObject(record) || record.version !== DETECT_MEMORY_VERSION) return empty();
  return { version: DETECT_MEMORY_VERSION, thresholds: checkedThresholds(record.thresholds), lastScored: checkedPair(record.lastScored) };
}

/** The remembered thresholds and last scoring; a broken record or field reads as unset. */
export async function loadDetectMemory(): Promise<DetectMemory> {
  const { thresholds, lastScored } = checked(await get<unknown>(KEY, settingsStore()));
  return { thresholds, lastScored };
}

async function change(edit: (record: DetectMemoryRecord) => DetectMemoryRecord): Promise<void> {
  await update<unknown>(KEY, (old) => edit(checked(old)), settingsStore());
}

/** Remembers a model's threshold, or forgets it (null). */
export async function saveModelThreshold(modelId: string, threshold: number | null): Promise<void> {
  await change((record) => {
    const thresholds = { ...record.thresholds };
    if (threshold === null) delete thresholds[modelId];
    else thresholds[modelId] = threshold;
    return { ...record, thresholds };
  });
}

/** Remembers the last finished scoring, or forgets it (null). */
export async function saveLastScored(pair: ScoredPair | null): Promise<void> {
  await change((record) => ({ ...record, lastScored: pair }));
}
