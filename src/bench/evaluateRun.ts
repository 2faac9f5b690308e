import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { EvaluationReport } from '../state/evaluationReport';
import type { EvalCase, Upload } from './evaluateCases';
import { RUN_TIMEOUT, openPanel, pollUntil } from './pageProbes';

const TRAINED = /Trained and saved as /;
const SCORED = /Scored [\d,]+ rows of /;
/** A headerless file needs a first-row time; any fixed date does, the detector never reads the calendar of such data. */
const HEADERLESS_START = '2024-01-01T00:00:00';

const openButtons = (page: Page, region: string): Locator => page.getByRole('region', { name: region }).getByRole('button', { name: /^Open / });

/** Imports one file (and its labels) through the Data panel; the new dataset is the open one afterwards. */
async function importFile(page: Page, upload: Upload): Promise<void> {
  await openPanel(page, 'Data');
  const before = await openButtons(page, 'Datasets').count();
  await page.getByLabel('Upload logs', { exact: true }).setInputFiles({ name: upload.name, mimeType: 'text/plain', buffer: upload.buffer });
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await page.getByRole('table', { name: `First rows of ${upload.name}`, exact: true }).waitFor({ timeout: RUN_TIMEOUT });
  if (upload.intervalSeconds !== undefined) {
    await page.getByLabel('Interval (seconds)', { exact: true }).fill(String(upload.intervalSeconds));
    await page.getByLabel('Start time (UTC)', { exact: true }).fill(HEADERLESS_START);
  }
  if (upload.labels) {
    await page.getByLabel('Upload labels', { exact: true }).setInputFiles({ name: upload.labels.name, mimeType: 'text/plain', buffer: upload.labels.buffer });
    await page.getByRole('button', { name: `Remove labels ${upload.labels.name}`, exact: true }).waitFor({ timeout: RUN_TIMEOUT });
  }
  await pollUntil(page, `import ${upload.name}`, () => importButton.isEnabled());
  await importButton.click();
  await pollUntil(page, `import ${upload.name}`, async () => (await openButtons(page, 'Datasets').count()) > before);
}

/** Generates the default configuration with another seed, month count and interval; the new dataset is the open one. */
async function generate(page: Page, seed: number, months: number, intervalSeconds?: number): Promise<void> {
  await openPanel(page, 'Generate');
  const before = await openButtons(page, 'Datasets').count();
  await page.getByLabel('Random seed', { exact: true }).fill(String(seed));
  await page.getByLabel('Months', { exact: true }).fill(String(months));
  if (intervalSeconds !== undefined) await page.getByLabel('Interval (seconds)', { exact: true }).fill(String(intervalSeconds));
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await pollUntil(page, `generate seed ${seed}`, async () => (await openButtons(page, 'Datasets').count()) > before);
}

/** Trains the app's default model on the open dataset. */
async function train(page: Page): Promise<void> {
  await openPanel(page, 'Train');
  const status = page.getByRole('region', { name: 'Train' }).getByRole('status');
  const models = page.getByRole('region', { name: 'Models' }).getByRole('button', { name: /^Use / });
  const before = await models.count();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await pollUntil(page, 'train', async () => TRAINED.test(await status.innerText()) && (await models.count()) > before);
}

/** Scores the open dataset with the newest model and returns the app's evaluation report. */
async function detect(page: Page): Promise<EvaluationReport> {
  await openPanel(page, 'Detect');
  const status = page.getByRole('region', { name: 'Detect' }).getByRole('status');
  const previous = await status.innerText();
  await page.getByRole('button', { name: 'Detect', exact: true }).click();
  await pollUntil(page, 'detect', async () => {
    const text = await status.innerText();
    return text !== previous && SCORED.test(text);
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: RUN_TIMEOUT }),
    page.getByRole('button', { name: 'Download evaluation report', exact: true }).click(),
  ]);
  const file = await download.path();
  return JSON.parse(await readFile(file, 'utf8')) as EvaluationReport;
}

/** Runs one case through the app's panels, as a person would: data in, Train, Detect, the report out. */
export async function runCase(page: Page, evalCase: EvalCase): Promise<EvaluationReport> {
  if (evalCase.kind === 'generated') {
    await generate(page, evalCase.seed, evalCase.months, evalCase.intervalSeconds);
    await train(page);
  } else {
    await importFile(page, evalCase.train());
    await train(page);
    await importFile(page, evalCase.test());
  }
  return detect(page);
}
