/**
 * Benchmark: generate the default dataset in headless Chromium and draw its charts.
 * Run with `npm run bench [-- --months N --interval S]`; it measures, it never fails on time.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { startPreview, type PreviewServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS_FILE = join(ROOT, 'bench-results.json');
const RUN_TIMEOUT = 10 * 60_000;
const GENERATED = /Generated\s+([\d,.\s\u202f]+?)\s+rows\s+×\s+(\d+)\s+columns/;

// Page scripts are strings: tsx wraps functions in a `__name` helper the page does not have.
// The chart watcher runs inside the page, because page.waitForFunction would first compile
// Playwright's injected script in the main world, a long task of its own.
const PAGE_PROBES = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  window.__watchCharts = () => {
    window.__chartsDrawn = null;
    const check = () => {
      const figures = [...document.querySelectorAll('figure')];
      const drawing = document.querySelector('[aria-busy="true"]');
      if (!drawing && figures.length > 0 && figures.every((f) => f.querySelector('svg path[d]:not([d=""])'))) {
        window.__chartsDrawn = { at: performance.now(), count: figures.length };
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  };
`;

interface Options {
  months?: number;
  interval?: number;
}

interface Results {
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; chromium: string };
  dataset: { rows: number; columns: number; months: number; interval_seconds: number };
  generate: { seconds: number; rows_per_s: number; worker_seconds: number | null };
  longest_task_ms: { generate: number; charts: number };
  charts: { draw_seconds: number; count: number };
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: { months: { type: 'string' }, interval: { type: 'string' }, rows: { type: 'string' } },
    strict: true,
  });
  if (values.rows !== undefined) throw new Error('--rows is not supported yet; use --months and --interval');
  const positive = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got ${text}`);
    return value;
  };
  return { months: positive('months', values.months), interval: positive('interval', values.interval) };
}

/** Seconds rounded to the millisecond, so the JSON does not carry float noise. */
function toMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

async function now(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>;
}

async function longestTask(page: Page, from: number, to: number): Promise<number> {
  // Long-task entries arrive a little after the task; give the observer a moment.
  await page.waitForTimeout(300);
  const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  return tasks.filter(([start]) => start >= from && start <= to).reduce((max, [, duration]) => Math.max(max, duration), 0);
}

async function lastMeasure(page: Page, name: string): Promise<number | null> {
  const durations = (await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}, 'measure').map((e) => e.duration)`,
  )) as number[];
  return durations.length ? durations[durations.length - 1] : null;
}

async function waitForCharts(page: Page): Promise<{ at: number; count: number }> {
  const deadline = Date.now() + RUN_TIMEOUT;
  while (Date.now() < deadline) {
    const drawn = (await page.evaluate('window.__chartsDrawn')) as { at: number; count: number } | null;
    if (drawn) return drawn;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the charts were not all drawn within ${RUN_TIMEOUT / 1000} s`);
}

async function run(page: Page, url: string, options: Options): Promise<Omit<Results, 'machine'>> {
  await page.addInitScript({ content: PAGE_PROBES });
  await page.goto(url);
  await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name: 'Generate', exact: true }).click();
  if (options.months !== undefined) await page.getByLabel('Months', { exact: true }).fill(String(options.months));
  if (options.interval !== undefined) {
    await page.getByLabel('Interval (seconds)', { exact: true }).fill(String(options.interval));
  }

  const months = Number(await page.getByLabel('Months', { exact: true }).inputValue());
  const intervalSeconds = Number(await page.getByLabel('Interval (seconds)', { exact: true }).inputValue());

  const status = page.getByRole('status').filter({ hasText: GENERATED });
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  const generateStart = await now(page);
  const wallStart = Date.now();
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await status.or(alert).first().waitFor({ timeout: RUN_TIMEOUT });
  const wallSeconds = (Date.now() - wallStart) / 1000;
  const generateEnd = await now(page);
  if (await alert.isVisible()) throw new Error(`the app reported an error: ${await alert.innerText()}`);

  const match = GENERATED.exec(await status.innerText());
  if (!match) throw new Error('status line without a row count');
  const rows = Number(match[1].replace(/[^\d]/g, ''));
  const generateMs = await lastMeasure(page, 'generate');
  const workerMs = await lastMeasure(page, 'generate-worker');
  const seconds = generateMs === null ? wallSeconds : generateMs / 1000;
  const longestGenerate = await longestTask(page, generateStart, generateEnd);

  await page.evaluate('window.__watchCharts()');
  const chartsStart = await now(page);
  await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name: 'Explore', exact: true }).click();
  const drawn = await waitForCharts(page);
  const chartsEnd = drawn.at;
  const chartCount = drawn.count;
  const longestCharts = await longestTask(page, chartsStart, chartsEnd);

  return {
    dataset: { rows, columns: Number(match[2]), months, interval_seconds: intervalSeconds },
    generate: {
      seconds: toMs(seconds),
      rows_per_s: Math.round(rows / seconds),
      worker_seconds: workerMs === null ? null : toMs(workerMs / 1000),
    },
    longest_task_ms: { generate: Math.round(longestGenerate), charts: Math.round(longestCharts) },
    charts: { draw_seconds: toMs((chartsEnd - chartsStart) / 1000), count: chartCount },
  };
}

function printTable(results: Results): void {
  const seconds = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)} s`);
  const rows: [string, string][] = [
    ['machine', `${results.machine.cpus} × ${results.machine.cpu_model}, ${results.machine.memory_gb} GB`],
    ['node / chromium', `${results.machine.node} / ${results.machine.chromium}`],
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
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const executablePath = chromiumExecutable();
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const shutdown = async () => {
    await browser?.close();
    await server?.stop();
  };
  process.once('SIGINT', () => void shutdown().finally(() => process.exit(130)));
  try {
    server = await startPreview(ROOT);
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.warn(`page console error: ${message.text()}`);
    });
    const measured = await run(page, server.url, options);
    const cpuList = cpus();
    const results: Results = {
      machine: {
        cpus: cpuList.length,
        cpu_model: cpuList[0]?.model.trim() ?? 'unknown',
        memory_gb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
      },
      ...measured,
    };
    printTable(results);
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nResults written to ${RESULTS_FILE}`);
  } finally {
    await shutdown();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
