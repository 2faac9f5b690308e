import { update, values, type UseStore } from 'idb-keyval';
import { writeError } from './storageQuota';

/** The shape every list store holds: a schema version and a small meta object. */
interface MetaRecord<M> {
  version: number;
  meta: M;
}

/** Every readable meta in a store, newest first; records of other versions are left out. */
export async function listMetas<M extends { createdAt: number }>(store: UseStore, readable: (version: number) => boolean): Promise<M[]> {
  const records = await values<MetaRecord<M>>(store);
  return records
    .filter((record) => readable(record.version))
    .map((record) => record.meta)
    .sort((a, b) => b.createdAt - a.createdAt);
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
