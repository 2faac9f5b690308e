import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { samplePeakRss, treeRssBytes } from './memory';
import { RUN_TIMEOUT, lastMeasure, openPanel, toMs, pollUntil } from './pageProbes';
import { close, repeatedLogRows, write } from './serverLogRows';

export interface ParseResult {
  file_mb: number;
  seconds: number;
  mb_per_s: number;
  rows: number;
  /** Memory of the browser's processes before the import and at its peak. */
  rss_before_mb: number;
  peak_rss_mb: number;
}

export interface ParseResults {
  /**
   * Import MB/s of the app's own log format, of a CSV and of a single-line Prometheus query_range
   * JSON (≥ 100 MB); export MB/s of `server_logs.txt` (the app writes no other dataset format).
   */
  parse: {
    own_mb_per_s: number;
    csv_mb_per_s: number;
    prometheus_mb_per_s: number;
    export_own_mb_per_s: number;
    own: ParseResult;
    csv: ParseResult;
    prometheus: ParseResult;
    export_own: ExportResult;
  };
}

const IMPORTED = /:\s+([\d,]+)\s+rows from/;

export interface ExportResult {
  file_mb: number;
  seconds: number;
  mb_per_s: number;
}

/** Downloads the selected generated dataset's `server_logs.txt` to `path`, timed from the click to the file on disk. */
export async function downloadServerLog(page: Page, path: string): Promise<ExportResult> {
  await openPanel(page, 'Generate');
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: RUN_TIMEOUT }),
    page.getByRole('button', { name: 'Download logs', exact: true }).click(),
  ]);
  await download.saveAs(path);
  const seconds = (Date.now() - started) / 1000;
  const megabytes = (await stat(path)).size / 1e6;
  return { file_mb: Math.round(megabytes), seconds: toMs(seconds), mb_per_s: Math.round(megabytes / seconds) };
}

/**
 * Rewrites a `server_logs.txt` as CSV (`timestamp,cpu,ram,...`, ISO 8601 times), streaming line by
 * line; `copies` repeats the rows after one another in time, to reach a given file size.
 */
export async function serverLogToCsv(logPath: string, csvPath: string, copies = 1): Promise<void> {
  const out = createWriteStream(csvPath);
  let wroteHeader = false;
  for await (const { ms, keys, values } of repeatedLogRows(logPath, copies)) {
    if (!wroteHeader) {
      await write(out, `timestamp,${keys.join(',')}\n`);
      wroteHeader = true;
    }
    await write(out, `${new Date(ms).toISOString().replace('.000Z', 'Z')},${values.join(',')}\n`);
  }
  await close(out);
}

/** Waits until the page has `count` performance measures called `name`. */
async function waitForMeasureCount(page: Page, name: string, count: number): Promise<void> {
  const found = async () => (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}, 'measure').length`)) as number;
  await pollUntil(page, `the "${name}" measure`, async () => (await found()) >= count, 200);
}

/** Imports a file through the Data panel and times it: the `import` measure covers read, parse, align and transfer. */
export async function benchImport(page: Page, path: string, browserPid: number): Promise<ParseResult> {
  await openPanel(page, 'Data');
  await page.getByLabel('Upload logs', { exact: true }).setInputFiles(path);
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor({ timeout: RUN_TIMEOUT });
  const before = (await page.evaluate(`performance.getEntriesByName('import', 'measure').length`)) as number;
  const rssBefore = treeRssBytes(browserPid);
  const sampler = samplePeakRss(browserPid);
  let peakRss: number;
  try {
    await importButton.click();
    await waitForMeasureCount(page, 'import', before + 1);
  } finally {
    peakRss = sampler.stop().peak;
  }
  // The report of the previous import stays until this one's replaces it: wait for this file's name.
  const report = page.getByRole('region', { name: 'Import report', exact: true }).filter({ hasText: basename(path) });
  await report.waitFor({ timeout: RUN_TIMEOUT });
  const rows = Number(IMPORTED.exec(await report.innerText())?.[1]?.replace(/,/g, '') ?? NaN);
  const seconds = ((await lastMeasure(page, 'import')) ?? NaN) / 1000;
  const megabytes = (await stat(path)).size / 1e6;
  return { file_mb: Math.round(megabytes), seconds: toMs(seconds), mb_per_s: Math.round(megabytes / seconds), rows, rss_before_mb: Math.round(rssBefore / 1e6), peak_rss_mb: Math.round(peakRss / 1e6) };
}

/** Table rows for the parse section. */
export function parseRows(results: ParseResults): [string, string][] {
  const line = (r: ParseResult) => `${r.mb_per_s} MB/s (${r.file_mb} MB in ${r.seconds.toFixed(2)} s, ${r.rows.toLocaleString('en-US')} rows, browser RSS ${r.rss_before_mb} → peak ${r.peak_rss_mb} MB)`;
  const out = results.parse.export_own;
  return [
    ['export server_logs.txt', `${out.mb_per_s} MB/s (${out.file_mb} MB in ${out.seconds.toFixed(2)} s, click to file on disk)`],
    ['import server_logs.txt', line(results.parse.own)],
    ['import CSV', line(results.parse.csv)],
    ['import Prometheus JSON', line(results.parse.prometheus)],
  ];
}
