import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { copyDataset, datasetId, DB, recordOps } from './pages/storedRecords';
import { TrainPage } from './pages/TrainPage';

const SMALL = { months: 1, intervalSeconds: 600, seed: 21 };

function problemsOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Storage problems' });
}

/** The problem item titled `title`, e.g. 'Dataset “x”'. */
function problem(page: Page, title: string): Locator {
  return problemsOf(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function deleteProblem(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Delete the stored records of ${label}`, exact: true }).click();
  await page.getByRole('button', { name: `Confirm delete of the stored records of ${label}`, exact: true }).click();
}

async function expectNoCrashScreen(app: AppPage): Promise<void> {
  await expect(app.tablist).toBeVisible();
  await expect(app.page.getByText('The page hit an error it cannot recover from')).toHaveCount(0);
}

test('broken dataset records are named with what is wrong, the healthy dataset still opens, and Delete removes them', async ({ app, page }) => {
  await app.goto();
  const { rows } = await app.generate(SMALL);
  const [healthy] = await app.datasetNames();
  const id = await datasetId(page, healthy);
  for (const [copy, name] of [['broken-fields', 'Missing fields'], ['text-column', 'Column as text'], ['seven-values', 'Seven values'], ['no-timestamps', 'No timestamps']]) {
    await copyDataset(page, id, copy, name);
  }
  await recordOps(page, [
    { op: 'put', db: DB.datasetMeta, key: 'broken-fields', value: { version: 2, meta: { id: 'broken-fields', name: 'Missing fields' } } },
    { op: 'put', db: DB.datasetMeta, key: 'null-meta', value: { version: 2, meta: null } },
    { op: 'put', db: DB.datasetData, key: 'text-column#column:0', value: '1,2,3' },
    { op: 'put', db: DB.datasetData, key: 'seven-values#column:0', value: { $typed: 'Float32Array', length: 7 } },
    { op: 'delete', db: DB.datasetData, key: 'no-timestamps#timestamps' },
  ]);

  await app.reload();
  await expectNoCrashScreen(app);
  await expect(problem(page, 'Dataset “Missing fields”')).toContainText('Meta.source is missing.');
  await expect(problem(page, 'Dataset, id null-meta')).toContainText('Meta is null, not an object.');
  await expect(problem(page, 'Dataset “No timestamps”')).toContainText('Its timestamps are missing.');
  // The copies share their original's creation time, so their order is not fixed.
  await expect.poll(async () => (await app.datasetNames()).sort()).toEqual(['Column as text', 'Seven values', healthy].sort());

  // A broken column is found when the dataset is opened: named, and moved off the list.
  await app.openDataset('Column as text');
  await expect(app.errorAlert).toContainText('The dataset “Column as text” cannot be used: column cpu is stored as text, not as a Float32Array.');
  await app.openDataset('Seven values');
  const rowCount = rows.toLocaleString('en-US');
  await expect(problem(page, 'Dataset “Seven values”')).toContainText(`Column cpu has 7 values, the dataset has ${rowCount} rows.`);
  await expect.poll(() => app.datasetNames()).toEqual([healthy]);
  await app.expectSelected(healthy);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the stored records of Seven values' }).click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { records: { key: string; value: { $type?: string; values?: unknown[] } }[] };
  expect(exported.records.find((record) => record.key === 'seven-values#column:0')?.value).toEqual({ $type: 'Float32Array', values: [0, 0, 0, 0, 0, 0, 0] });

  await deleteProblem(page, 'Missing fields');
  await expect(problem(page, 'Dataset “Missing fields”')).toHaveCount(0);
  const [dataKeys] = await recordOps(page, [{ op: 'keys', db: DB.datasetData }]);
  expect((dataKeys as string[]).filter((key) => key.startsWith('broken-fields'))).toEqual([]);

  await app.openPanel('Explore');
  await app.expectChartDrawn(app.chart('CPU % distribution'));
  // The reload reopens Explore, the panel it left; the storage problems are listed with the datasets.
  await app.reload();
  await expectNoCrashScreen(app);
  await app.openPanel('Generate');
  await expect(problem(page, 'Dataset, id null-meta')).toBeVisible();
  await expect(problem(page, 'Dataset “Missing fields”')).toHaveCount(0);
});

test('a model record missing fields is listed under Models, and the Train panel still trains', async ({ app, page }) => {
  await app.goto();
  await app.generate(SMALL);
  await recordOps(page, [
    { op: 'put', db: DB.modelMeta, key: 'model-bad', value: { version: 1, meta: { id: 'model-bad', name: 'Broken model' } } },
    { op: 'put', db: DB.modelArtifacts, key: 'model-bad', value: { version: 1 } },
  ]);
  await app.reload();
  const trainer = new TrainPage(app);
  await trainer.open();
  await expect(trainer.models.getByRole('region', { name: 'Storage problems' })).toContainText('Model “Broken model”');
  await expect(problem(page, 'Model “Broken model”')).toContainText('Meta.createdAt is missing.');

  await trainer.start({ backend: 'WebAssembly (processor)', epochs: 1 });
  await trainer.waitForTrained();
  expect(await trainer.modelNames()).toHaveLength(1);
  await deleteProblem(page, 'Broken model');
  await expect(problemsOf(page)).toHaveCount(0);
  const [keys] = await recordOps(page, [{ op: 'keys', db: DB.modelArtifacts }]);
  expect(keys).toHaveLength(1);
});

test('a save cut off mid-way is removed at start; records nothing claims are listed and removed on request', async ({ app, page }) => {
  await app.goto();
  await recordOps(page, [
    { op: 'put', db: DB.pendingSaves, key: 'dataset:cut-off', value: { version: 1, kind: 'dataset', id: 'cut-off', startedAt: Date.now() } },
    { op: 'put', db: DB.datasetData, key: 'cut-off#timestamps', value: { $typed: 'Float64Array', length: 1000 } },
    { op: 'put', db: DB.datasetData, key: 'cut-off#column:0', value: { $typed: 'Float32Array', length: 1000 } },
    { op: 'put', db: DB.datasetData, key: 'unclaimed#timestamps', value: { $typed: 'Float64Array', length: 1000 } },
    { op: 'put', db: DB.datasetData, key: 'unclaimed#column:0', value: { $typed: 'Float32Array', length: 1000 } },
  ]);
  await app.reload();
  await expect(problem(page, 'Dataset, id unclaimed')).toContainText('2 records (12.0 KB) that no dataset refers to, left by a save that never finished.');
  await expect(problem(page, 'Dataset, id cut-off')).toHaveCount(0);
  const [marks, afterStart] = await recordOps(page, [
    { op: 'keys', db: DB.pendingSaves },
    { op: 'keys', db: DB.datasetData },
  ]);
  expect(marks).toEqual([]);
  expect(afterStart).toEqual(['unclaimed#column:0', 'unclaimed#timestamps']);

  await deleteProblem(page, 'unclaimed');
  await expect(problemsOf(page)).toHaveCount(0);
  expect(await recordOps(page, [{ op: 'keys', db: DB.datasetData }])).toEqual([[]]);
});

test('a reload that cuts a training run off says so once, and nothing was saved', async ({ app }) => {
  await app.goto();
  await app.generate(SMALL);
  const [name] = await app.datasetNames();
  const trainer = new TrainPage(app);
  await trainer.open();
  await trainer.start({ backend: 'WebAssembly (processor)', epochs: 1000, batchSize: 16, patience: 1000 });
  await trainer.waitForRunning();

  await app.reload();
  await expect(app.errorAlert).toContainText(`The training on “${name}” was interrupted by a reload; nothing was saved.`);
  await trainer.open();
  await expect(trainer.models).toContainText('No models yet');
  await app.reload();
  await app.openPanel('Generate');
  await expect.poll(() => app.datasetNames()).toEqual([name]);
  await expect(app.errorAlert).toHaveCount(0);
});
