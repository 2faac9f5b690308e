import type { Page } from '@playwright/test';

/** The app's IndexedDB databases (each holds one object store, `records`). */
export const DB = {
  datasetMeta: 'metrics-anomaly-analyzer-dataset-meta',
  datasetData: 'metrics-anomaly-analyzer-dataset-data',
  modelMeta: 'metrics-anomaly-analyzer-model-meta',
  modelArtifacts: 'metrics-anomaly-analyzer-model-artifacts',
  pendingSaves: 'metrics-anomaly-analyzer-pending-saves',
  settings: 'metrics-anomaly-analyzer-settings',
} as const;

/** A typed array to build in the page (JSON cannot carry one): `{ $typed: 'Float32Array', length: 7 }`. */
export interface TypedValue {
  $typed: 'Float32Array' | 'Float64Array' | 'Uint8Array';
  length: number;
}

/** One change to the stored records, made in the page with the app's own IndexedDB. */
export type RecordOp =
  | { op: 'put'; db: string; key: string; value: unknown }
  | { op: 'delete'; db: string; key: string }
  | { op: 'keys'; db: string }
  | { op: 'get'; db: string; key: string }
  /** Copies every record stored under `from` (the key itself and `from#...`) to the same keys under `to`. */
  | { op: 'copy-item'; db: string; from: string; to: string };

/** Runs the ops in order in the page; each op's result (keys, a record as JSON, or null) comes back. */
export function recordOps(page: Page, ops: RecordOp[]): Promise<unknown[]> {
  return page.evaluate(async (list) => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      });
    const open = (name: string) => {
      const req = indexedDB.open(name);
      // The same shape idb-keyval's createStore gives a new database.
      req.onupgradeneeded = () => req.result.createObjectStore('records');
      return request(req);
    };
    const build = (value: unknown): unknown => {
      const typed = value as { $typed?: string; length?: number } | null;
      if (typed && typeof typed === 'object' && typeof typed.$typed === 'string') {
        const types = { Float32Array, Float64Array, Uint8Array } as const;
        return new types[typed.$typed as keyof typeof types](typed.length ?? 0);
      }
      return value;
    };
    const results: unknown[] = [];
    for (const op of list) {
      const db = await open(op.db);
      const store = (mode: IDBTransactionMode) => db.transaction('records', mode).objectStore('records');
      if (op.op === 'put') results.push(await request(store('readwrite').put(build(op.value), op.key)).then(() => null));
      else if (op.op === 'delete') results.push(await request(store('readwrite').delete(op.key)).then(() => null));
      else if (op.op === 'keys') results.push((await request(store('readonly').getAllKeys())).map(String));
      else if (op.op === 'get') results.push(JSON.parse(JSON.stringify((await request(store('readonly').get(op.key))) ?? null)));
      else {
        const keys = (await request(store('readonly').getAllKeys())).map(String).filter((key) => key === op.from || key.startsWith(`${op.from}#`));
        for (const key of keys) {
          const value = await request(store('readonly').get(key));
          await request(store('readwrite').put(value, op.to + key.slice(op.from.length)));
        }
        results.push(null);
      }
      db.close();
    }
    return results;
  }, ops);
}

/** The id of the stored dataset called `name`. */
export async function datasetId(page: Page, name: string): Promise<string> {
  const [ids] = await recordOps(page, [{ op: 'keys', db: DB.datasetMeta }]);
  for (const id of ids as string[]) {
    const [record] = await recordOps(page, [{ op: 'get', db: DB.datasetMeta, key: id }]);
    if ((record as { meta?: { name?: string } } | null)?.meta?.name === name) return id;
  }
  throw new Error(`no stored dataset named ${name}`);
}

/** Copies the dataset `fromId` under a new id and name, every record of it, for a spec to damage. */
export async function copyDataset(page: Page, fromId: string, toId: string, name: string): Promise<void> {
  const [record] = await recordOps(page, [{ op: 'get', db: DB.datasetMeta, key: fromId }]);
  const { version, meta } = record as { version: number; meta: Record<string, unknown> };
  await recordOps(page, [
    { op: 'copy-item', db: DB.datasetData, from: fromId, to: toId },
    { op: 'put', db: DB.datasetMeta, key: toId, value: { version, meta: { ...meta, id: toId, name } } },
  ]);
}
