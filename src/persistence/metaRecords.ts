import { entries, update, type UseStore } from 'idb-keyval';
import { kindOf } from './recordChecks';
import type { StorageProblem, StoredKind } from './storageProblem';
import { writeError } from './storageQuota';

/** The shape every list store holds: a schema version and a small meta object. */
interface MetaRecord<M> {
  version: number;
  meta: M;
}

/** A checked meta record, or what is wrong with it (and the name, where the record still says it). */
export type MetaCheck<M> = { meta: M } | { problem: string; name: string | null };

/** What a list store holds: the metas that passed their check, newest first, and a problem for each that did not. */
export interface MetaScan<M> {
  items: M[];
  problems: StorageProblem[];
}

/** Every meta record in a store, checked: the good ones newest first, the others as storage problems. */
export async function listMetas<M extends { createdAt: number }>(
  store: UseStore,
  kind: StoredKind,
  check: (key: string, record: unknown) => MetaCheck<M>,
): Promise<MetaScan<M>> {
  const items: M[] = [];
  const problems: StorageProblem[] = [];
  for (const [key, record] of await entries<IDBValidKey, unknown>(store)) {
    const id = String(key);
    const checked = check(id, record);
    if ('meta' in checked) items.push(checked.meta);
    else problems.push({ kind, id, name: checked.name, reason: checked.problem, orphan: false });
  }
  return { items: items.sort((a, b) => b.createdAt - a.createdAt), problems };
}

/** The `meta.name` of a record too broken to trust, when it is text. */
export function recordName(record: unknown): string | null {
  const meta = (record as { meta?: { name?: unknown } | null } | null)?.meta;
  return typeof meta?.name === 'string' ? meta.name : null;
}

/** Why a record of another version cannot be read here, or null. */
export function versionProblem(record: unknown, readable: (version: unknown) => boolean): string | null {
  const version = (record as { version?: unknown } | null)?.version;
  if (readable(version)) return null;
  return typeof version === 'number' && version > 0
    ? `it was saved by a newer version of this app (record format ${version}) and cannot be read here`
    : `its record has no readable format version (version is ${kindOf(version)})`;
}

/**
 * Renames a meta record in one read-modify-write and returns the new meta. Throws a `NotFound`
 * error when the record is gone, and a typed storage error when the write fails.
 */
export async function renameMeta<M extends { name: string }>(
  store: UseStore,
  id: string,
  name: string,
  NotFound: new (id: string) => Error,
): Promise<M> {
  let renamed: M | undefined;
  try {
    await update<MetaRecord<M>>(
      id,
      (record) => {
        if (!record) throw new NotFound(id);
        renamed = { ...record.meta, name };
        return { ...record, meta: renamed };
      },
      store,
    );
  } catch (error) {
    if (error instanceof NotFound) throw error;
    throw await writeError(error, `the new name “${name}”`, null);
  }
  if (!renamed) throw new NotFound(id);
  return renamed;
}
