import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { ModelNotFoundError, StorageError } from '../shared/errors';
import { listMetas, renameMeta } from './metaRecords';
import type { BaselineProfile } from '../shared/baselines';
import type { ErrorProfile, SavedModelMeta, StoredArtifacts } from '../shared/training';
import { writeError } from './storageQuota';

/** Bump when a record's shape changes, and teach the readers to upgrade older records. */
export const MODEL_SCHEMA_VERSION = 1;

/** The list's record: small, so listing never reads weights. */
export interface ModelMetaRecord {
  version: typeof MODEL_SCHEMA_VERSION;
  meta: SavedModelMeta;
}

/** The weights and topology, and the errors thresholds are computed from, stored under the model's id. */
export interface ModelArtifactsRecord {
  version: typeof MODEL_SCHEMA_VERSION;
  artifacts: StoredArtifacts;
  errors: ErrorProfile;
  /** Absent for an imported model: bundles carry no baselines. */
  baselines?: BaselineProfile;
}

/** A saved model together with what it needs to run and to set a threshold. */
export interface LoadedModel {
  meta: SavedModelMeta;
  artifacts: StoredArtifacts;
  errors: ErrorProfile;
  baselines: BaselineProfile | null;
}


function readable(version: number): boolean {
  return version === MODEL_SCHEMA_VERSION;
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
  let wroteArtifacts = false;
  try {
    await set(meta.id, { version: MODEL_SCHEMA_VERSION, artifacts, errors, baselines } satisfies ModelArtifactsRecord, modelArtifactsStore());
    wroteArtifacts = true;
    await set(meta.id, { version: MODEL_SCHEMA_VERSION, meta } satisfies ModelMetaRecord, modelMetaStore());
  } catch (error) {
    // Artifacts without a meta record are invisible but take space.
    if (wroteArtifacts && !existed) await del(meta.id, modelArtifactsStore()).catch((rollback: unknown) => console.warn('Rollback failed', rollback));
    throw await writeError(error, `the model “${meta.name}”`, artifacts.weightData.byteLength + errors.validation.byteLength + errors.training.byteLength);
  }
}

/** Every saved model's meta record, newest first, without reading any weights. */
export function listModels(): Promise<SavedModelMeta[]> {
  return listMetas<SavedModelMeta>(modelMetaStore(), readable);
}

/** Loads one model's meta and artifacts; throws ModelNotFoundError when either is missing. */
export async function loadModel(id: string): Promise<LoadedModel> {
  const metaRecord = await get<ModelMetaRecord>(id, modelMetaStore());
  const artifactsRecord = await get<ModelArtifactsRecord>(id, modelArtifactsStore());
  if (!metaRecord || !artifactsRecord) throw new ModelNotFoundError(id);
  if (!readable(metaRecord.version) || !readable(artifactsRecord.version)) {
    throw new StorageError(`The model “${metaRecord.meta.name}” was saved by a newer version of this app and cannot be opened here.`);
  }
  return { meta: metaRecord.meta, artifacts: artifactsRecord.artifacts, errors: artifactsRecord.errors, baselines: artifactsRecord.baselines ?? null };
}

/** Renames a saved model; throws ModelNotFoundError when it is gone. */
export function renameModel(id: string, name: string): Promise<SavedModelMeta> {
  return renameMeta<SavedModelMeta>(modelMetaStore(), id, name, ModelNotFoundError);
}

/** Deletes a model: the meta record first, so the list never shows a model without weights. */
export async function deleteModel(id: string): Promise<void> {
  await del(id, modelMetaStore());
  await del(id, modelArtifactsStore());
}
