import { stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { benchImport } from './parseSection';

export interface BigImportResult {
  file_mb: number;
  completed: boolean;
  /** Why it did not complete, when it did not. */
  error: string | null;
  seconds: number | null;
  rows: number | null;
  peak_rss_mb: number | null;
}

/** Imports a file of about 1 GB; a failure is a result to report, not a crash of the benchmark. */
export async function benchBigImport(page: Page, path: string, browserPid: number): Promise<BigImportResult> {
  const file_mb = Math.round((await stat(path)).size / 1e6);
  try {
    const result = await benchImport(page, path, browserPid);
    return { file_mb, completed: true, error: null, seconds: result.seconds, rows: result.rows, peak_rss_mb: result.peak_rss_mb };
  } catch (error) {
    return { file_mb, completed: false, error: error instanceof Error ? error.message : String(error), seconds: null, rows: null, peak_rss_mb: null };
  }
}

/** Table rows for the 1 GB import. */
export function bigImportRows(result: BigImportResult): [string, string][] {
  const outcome = result.completed
    ? `completed in ${result.seconds?.toFixed(1)} s, ${result.rows?.toLocaleString('en-US')} rows, peak browser RSS ${result.peak_rss_mb} MB`
    : `did not complete: ${result.error}`;
  return [[`import ${result.file_mb} MB CSV`, outcome]];
}
