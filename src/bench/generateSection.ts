import type { Page } from 'playwright-core';
import { lastMeasure, longestTask, now, openPanel, toMs, waitForCharts, waitForOutcome } from './pageProbes';

const GENERATED = /Generated\s+([\d,.\s\u202f]+?)\s+rows\s+×\s+(\d+)\s+columns/;

export interface GenerateOptions {
  months?: number;
  interval?: number;
}

export interface GenerateResults {
  dataset: { rows: number; columns: number; months: number; interval_seconds: number };
  generate: { seconds: number; rows_per_s: number; worker_seconds: number | null };
  longest_task_ms: { generate: number; charts: number };
  charts: { draw_seconds: number; count: number };
}

/** Generates a dataset through the Generate panel, then opens Explore and times its charts. */
export async function benchGenerate(page: Page, options: GenerateOptions): Promise<GenerateResults> {
  await openPanel(page, 'Generate');
  if (options.months !== undefined) await page.getByLabel('Months', { exact: true }).fill(String(options.months));
  if (options.interval !== undefined) {
    await page.getByLabel('Interval (seconds)', { exact: true }).fill(String(options.interval));
  }
  const months = Number(await page.getByLabel('Months', { exact: true }).inputValue());
  const intervalSeconds = Number(await page.getByLabel('Interval (seconds)', { exact: true }).inputValue());

  const status = page.getByRole('status').filter({ hasText: GENERATED });
  const generateStart = await now(page);
  const wallStart = Date.now();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await waitForOutcome(page, status, 'generate');
  const wallSeconds = (Date.now() - wallStart) / 1000;
  const generateEnd = await now(page);

  const match = GENERATED.exec(await status.innerText());
  if (!match) throw new Error('status line without a row count');
  const rows = Number(match[1].replace(/[^\d]/g, ''));
  const generateMs = await lastMeasure(page, 'generate');
  const workerMs = await lastMeasure(page, 'generate-worker');
  const seconds = generateMs === null ? wallSeconds : generateMs / 1000;
  const longestGenerate = await longestTask(page, generateStart, generateEnd);

  await page.evaluate('window.__watchCharts()');
  const chartsStart = await now(page);
  await openPanel(page, 'Explore');
  const drawn = await waitForCharts(page);
  const longestCharts = await longestTask(page, chartsStart, drawn.at);

  return {
    dataset: { rows, columns: Number(match[2]), months, interval_seconds: intervalSeconds },
    generate: {
      seconds: toMs(seconds),
      rows_per_s: Math.round(rows / seconds),
      worker_seconds: workerMs === null ? null : toMs(workerMs / 1000),
    },
    longest_task_ms: { generate: Math.round(longestGenerate), charts: Math.round(longestCharts) },
    charts: { draw_seconds: toMs((drawn.at - chartsStart) / 1000), count: drawn.count },
  };
}

/** Table rows for the generate section. */
export function generateRows(results: GenerateResults): [string, string][] {
  const seconds = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)} s`);
  return [
    [
      'dataset',
      `${results.dataset.rows.toLocaleString('en-US')} rows × ${results.dataset.columns} columns ` +
        `(${results.dataset.months} months every ${results.dataset.interval_seconds} s)`,
    ],
    ['generate (main thread)', seconds(results.generate.seconds)],
    ['generate (worker)', seconds(results.generate.worker_seconds)],
    ['rows/s', results.generate.rows_per_s.toLocaleString('en-US')],
    ['longest task, generate', `${results.longest_task_ms.generate} ms`],
    ['charts drawn', `${seconds(results.charts.draw_seconds)} (${results.charts.count} charts)`],
    ['longest task, charts', `${results.longest_task_ms.charts} ms`],
  ];
}
