import { gzipSync } from 'node:zlib';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { DataPage, fixtureFile } from './pages/DataPage';

test('a CSV uploaded through the file input, with a column unticked, imports and charts', async ({ app, page }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload(await fixtureFile('web.csv', 'text/csv'));
  await data.expectPreview('web.csv');
  const table = data.previewTable('web.csv');
  await expect(table.getByRole('columnheader', { name: 'cpu', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: '2024-01-10 00:00:00', exact: true })).toBeVisible();
  await expect(data.field('Format')).toHaveValue('delimited');
  await expect(data.field('Time column')).toHaveValue('timestamp');
  await expectNoSeriousA11yViolations(page, 'Data');

  await data.valueColumn('requests').uncheck();
  await data.importAs('web.csv');
  await expect(data.report).toContainText('Filled rows');
  await expect(data.report).toContainText('4 (forward-filled');
  await expect(data.progress).toHaveAttribute('aria-valuenow', '100');
  await app.expectSelected('web.csv');
  await expectNoSeriousA11yViolations(page, 'Data');

  await app.openPanel('Explore');
  await expect(app.metricSelect.locator('option')).toHaveText(['cpu', 'ram', 'disk']);
  await app.expectChartDrawn(app.chart('cpu distribution'));
  const month = app.monthChart('cpu', 'January 2024');
  await app.expectChartDrawn(month);
  await expect(month).toContainText('filled gap');
  await expect(app.errorAlert).toHaveCount(0);
});

test('a file dropped on the drop zone previews and imports; gzip too', async ({ app }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.drop(await fixtureFile('metrics.jsonl', 'application/x-ndjson'));
  await data.expectPreview('metrics.jsonl');
  await expect(data.field('Format')).toHaveValue('json-lines');
  await data.importAs('metrics.jsonl');
  await expect(data.report).toContainText('60');

  const csv = await fixtureFile('web.csv');
  await data.drop({ name: 'web.csv.gz', mimeType: 'application/gzip', buffer: gzipSync(csv.buffer) });
  await data.expectPreview('web.csv.gz');
  await data.importAs('web.csv.gz');
  expect(await app.datasetNames()).toEqual(['web.csv.gz', 'metrics.jsonl']);

  await app.openPanel('Explore');
  await app.selectMetric('requests');
  await app.expectChartDrawn(app.monthChart('requests', 'January 2024'));
  await expect(app.errorAlert).toHaveCount(0);
});

test('broken files name themselves and harm nothing; datasets survive a reload and keep a new name', async ({ app }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload(await fixtureFile('web.csv', 'text/csv'));
  await data.expectPreview('web.csv');
  await data.importAs('web.csv');

  await data.upload(await fixtureFile('page.html', 'text/html'));
  await expect(app.errorAlert).toContainText('page.html');
  await expect(data.importButton).toBeDisabled();
  await app.dismissButton.click();

  await data.upload(await fixtureFile('pixel.png', 'image/png'));
  await expect(app.errorAlert).toContainText('pixel.png: looks like a binary file (PNG image), not a text log');
  await app.dismissButton.click();
  expect(await app.datasetNames()).toEqual(['web.csv']);
  await app.expectSelected('web.csv');

  await data.drop(await fixtureFile('metrics.jsonl'));
  await data.importAs('metrics.jsonl');
  await app.reload();
  await data.open();
  await expect.poll(() => app.datasetNames()).toEqual(['metrics.jsonl', 'web.csv']);
  // The selected upload's report is stored with it.
  await expect(data.report).toContainText('metrics.jsonl: 60 rows');

  await data.rename('web.csv', 'Web tier, January');
  await app.reload();
  await data.open();
  await expect.poll(() => app.datasetNames()).toEqual(['metrics.jsonl', 'Web tier, January']);
  await expect(app.errorAlert).toHaveCount(0);
});

test('cancelling a large import leaves the stored datasets as they were', async ({ app }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload(await fixtureFile('web.csv', 'text/csv'));
  await data.importAs('web.csv');

  await data.dropGeneratedCsv('big.csv', 80);
  await data.expectPreview('big.csv');
  await data.importButton.click();
  await data.cancelButton.click();
  await expect(data.status).toHaveText('Import cancelled; nothing was saved.');
  await expect(app.errorAlert).toHaveCount(0);
  expect(await app.datasetNames()).toEqual(['web.csv']);
  await app.expectSelected('web.csv');

  await app.reload();
  await data.open();
  await expect.poll(() => app.datasetNames()).toEqual(['web.csv']);
});

test('a big CSV is read in two halves at once and imports what one reader would, skipped lines numbered from the top', async ({ app }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  // About 20 MB (past the 16 MB where a second reader starts): 560,000 rows, two bad ones in each half.
  await data.dropGeneratedCsv('halves.csv', 20, [10, 200_000, 400_000, 500_000]);
  await data.expectPreview('halves.csv');
  await data.importAs('halves.csv');
  await expect(data.report).toContainText('read in two halves at once');
  await expect(data.report.getByRole('listitem')).toHaveText([/^Line 12: /, /^Line 200,002: /, /^Line 400,002: /, /^Line 500,002: /]);
  const facts = await data.report.locator('dl').innerText();
  expect(facts).toMatch(/Skipped\s+4\b/);
  const read = Number(/Rows read\s+([\d,]+)/.exec(facts)?.[1].replace(/,/g, ''));
  const imported = Number(/Rows imported\s+([\d,]+)/.exec(facts)?.[1].replace(/,/g, ''));
  expect(read % 20_000).toBe(0);
  expect(imported).toBe(read - 4);
  await expect(app.errorAlert).toHaveCount(0);
});

test('headerless numbers take a stated interval and start, and a one-label-per-line file', async ({ app, page }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload(await fixtureFile('machine.txt'));
  await data.expectPreview('machine.txt');
  await expect(data.field('Format')).toHaveValue('headerless');
  await data.field('Interval (seconds)').fill('300');
  await data.field('Start time (UTC)').fill('2024-05-01T06:00:00');
  await data.labelsInput.setInputFiles(await fixtureFile('machine_labels.txt'));
  await expect(page.getByRole('button', { name: 'Remove labels machine_labels.txt', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Data');

  await data.importAs('machine.txt');
  await expect(data.report).toContainText('4 labelled rows in 1 event');
  await expect(data.report).toContainText('5 min');
  await app.openPanel('Explore');
  await expect(page.getByText('machine.txt: 50 rows, 3 metrics, 1 ground-truth anomalies.', { exact: false })).toBeVisible();
  await app.expectChartDrawn(app.monthChart('col1', 'May 2024'));
  await expect(app.monthChart('col1', 'May 2024')).toContainText('ground-truth anomaly');
  await expect(app.errorAlert).toHaveCount(0);
});
