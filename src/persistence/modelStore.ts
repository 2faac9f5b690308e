import { createStore, del, get, keys, set, update, type UseStore } from 'idb-keyval';
import type { MaintenanceWindow } from '../shared/feedback';
import { ModelNotFoundError } from '../shared/errors';
import type { BaselineProfile } from '../shared/baselines';
import type { ErrorProfile, SavedModelMeta, StoredArtifacts } from '../shared/training';
import { saveLockName, withLock } from './locks';
import { listMetas, renameMeta, type MetaScan } from './metaRecords';
import { checkModelMeta, MODEL_SCHEMA_VERSION, modelArtifactsProblem, type ModelArtifactsRecord, type ModelMetaRecord } from './modelRecords';
import { markSaveFinished, markSaveStarted } from './pendingSaves';
import { StoredRecordError } from './storageProblem';
import { writeError } from './storageQuota';

/** A saved model together with what it needs to run and to set a threshold. */
export interface LoadedModel {
  meta: SavedModelMeta;
  artifacts: StoredArtifacts;
  errors: ErrorProfile;
  baselines: BaselineProfile | null;
}

let metaStore: UseStore | undefined;
let artifactsStore: UseStore | undefined;

// Stores open on first use, so importing this module never touches IndexedDB.
/** The IndexedDB store of model meta records. */
export function modelMetaStore(): UseStore {
  return (metaStore ??= createStore('metrics-anomaly-analyzer-model-meta', 'records'));
}

/** The IndexedDB store of model artifacts records. */
export function modelArtifactsStore(): UseStore {
  return (artifactsStore ??= createStore('metrics-anomaly-analyzer-model-artifacts', 'records'));
}

/**
 * Saves a model: the artifacts first, then the meta record that makes it visible in the list. On
 * failure the new model's artifacts are removed, earlier models stay intact, and a typed error is thrown.
 */
export async function saveModel(meta: SavedModelMeta, artifacts: StoredArtifacts, errors: ErrorProfile, baselines?: BaselineProfile): Promise<void> {
  const existed = (await get(meta.id, modelMetaStore())) !== undefined;
  await withLock(saveLockName('model', meta.id), async () => {
    let wroteArtifacts = false;
    try {
      // A new model's marker outlives a killed tab, so the next start removes its artifacts.
      if (!existed) await markSaveStarted('model', meta.id);
      await set(meta.id, { version: MODEL_SCHEMA_VERSION, artifacts, errors, baselines } satisfies ModelArtifactsRecord, modelArtifactsStore());
      wroteArtifacts = true;
      await set(meta.id, { version: MODEL_SCHEMA_VERSION, meta } satisfies ModelMetaRecord, modelMetaStore());
    } catch (error) {
      // Artifacts without a meta record are invisible but take space.
      if (wroteArtifacts && !existed) await del(meta.id, modelArtifactsStore()).catch((rollback: unknown) => console.warn('Rollback failed', rollback));
      throw await writeError(error, `the model “${meta.name}”`, artifacts.weightData.byteLength + errors.validation.byteLength + errors.training.byteLength);
    }
    if (!existed) await markSaveFinished('model', meta.id).catch((error: unknown) => console.warn('Could not clear the save marker', error));
  });
}

/** Every usable model's meta, newest first, and a problem for each stored one that cannot be used; reads no weights. */
export async function scanModels(): Promise<MetaScan<SavedModelMeta>> {
  // Metas first: a save writes the weights before its meta, so a listed model's weights are there by now.
  const scan = await listMetas(modelMetaStore(), 'model', checkModelMeta);
  const stored = new Set((await keys(modelArtifactsStore())).map(String));
  const items: SavedModelMeta[] = [];
  const problems = [...scan.problems];
  for (const meta of scan.items) {
    if (stored.has(meta.id)) items.push(meta);
    // Unless another tab deleted it meanwhile (meta first, weights last).
    else if ((await get(meta.id, modelMetaStore())) !== undefined) {
      problems.push({ kind: 'model', id: meta.id, name: meta.name, reason: 'its weights are missing', orphan: false });
    }
  }
  return { items, problems };
}

/** Every usable model's meta record, newest first, without reading any weights. */
export async function listModels(): Promise<SavedModelMeta[]> {
  return (await scanModels()).items;
}

/**
 * Loads one model's meta and artifacts, both checked.
 * @throws ModelNotFoundError when it is not stored (any more), StoredRecordError when a record is broken
 */
export async function loadModel(id: string): Promise<LoadedModel> {
  const [metaRecord, artifactsRecord] = await Promise.all([get<unknown>(id, modelMetaStore()), get<unknown>(id, modelArtifactsStore())]);
  if (metaRecord === undefined) throw new ModelNotFoundError(id);
  const checked = checkModelMeta(id, metaRecord);
  const broken = (name: string | null, reason: string) => new StoredRecordError({ kind: 'model', id, name, reason, orphan: false });
  if ('problem' in checked) throw broken(checked.name, checked.problem);
  const { meta } = checked;
  const problem = modelArtifactsProblem(artifactsRecord, meta);
  if (problem) throw broken(meta.name, problem);
  const { artifacts, errors, baselines } = artifactsRecord as ModelArtifactsRecord;
  return { meta, artifacts, errors, baselines: baselines ?? null };
}

/** Renames a saved model; throws ModelNotFoundError when it is gone. */
export function renameModel(id: string, name: string): Promise<SavedModelMeta> {
  return renameMeta<SavedModelMeta>(modelMetaStore(), id, name, ModelNotFoundError);
}

/**
 * Replaces a saved model's maintenance windows in one read-modify-write and returns its new meta.
 * @throws ModelNotFoundError when it is gone, a typed storage error when the write fails
 */
export async function setModelMaintenance(id: string, maintenance: MaintenanceWindow[]): Promise<SavedModelMeta> {
  let changed: SavedModelMeta | undefined;
  try {
    await update<ModelMetaRecord>(
      id,
      (record) => {
        if (!record) throw new ModelNotFoundError(id);
        changed = { ...record.meta, maintenance };
        return { ...record, meta: changed };
      },
      modelMetaStore(),
    );
  } catch (error) {
    if (error instanceof ModelNotFoundError) throw error;
    throw await writeError(error, 'the maintenance windows', null);
  }
  if (!changed) throw new ModelNotFoundError(id);
  return changed;
}

/** Deletes a model, broken or not: the meta record first, so the list never shows a model without weights. */
export async function deleteModel(id: string): Promise<void> {
  await del(id, modelMetaStore());
  await del(id, modelArtifactsStore());
}
