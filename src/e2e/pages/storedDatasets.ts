import type { Page } from '@playwright/test';

/** What a stored dataset's meta record says, read straight from IndexedDB. */
export interface StoredDatasetFacts {
  columns: string[];
  rows: number;
  /** First and last row's time as ISO strings (UTC). */
  first: string;
  last: string;
}

/** The stored meta record of the dataset called `name` (the app's own IndexedDB store, read in the page). */
export async function storedDataset(page: Page, name: string): Promise<StoredDatasetFacts> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('metrics-anomaly-analyzer-dataset-meta');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    db.close();
    type Meta = { name: string; columnKeys: string[]; rowCount: number; start: number; end: number };
    const meta = (records as { meta: Meta }[]).map((record) => record.meta).find((m) => m.name === wanted);
    if (!meta) throw new Error(`no stored dataset named ${wanted}`);
    return { columns: meta.columnKeys, rows: meta.rowCount, first: new Date(meta.start).toISOString(), last: new Date(meta.end).toISOString() };
  }, name);
}
