import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { BrowserContext } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, isOwnRequest, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { DetectPage } from './pages/DetectPage';
import { TrainPage } from './pages/TrainPage';

const SMALL = { months: 1, intervalSeconds: 300, seed: 5, startDate: '2024-01-01' };

/** Console errors, page errors and foreign requests of a second context, which the fixture does not watch. */
function watch(context: BrowserContext, appOrigin: string): string[] {
  const problems: string[] = [];
  context.on('request', (request) => {
    if (!isOwnRequest(request.url(), appOrigin)) problems.push(`request to another origin: ${request.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught exception: ${error.error().message}`));
  return problems;
}

test('detect, explain, move the threshold, download, and score again with the model imported on a fresh page', async ({ app, browser, guard }) => {
  await app.goto();
  await app.generate(SMALL);
  await new TrainPage(app).trainOnWasm();

  const detector = new DetectPage(app);
  await detector.open();
  await detector.detect();
  const before = await detector.flagged();
  expect(before.scored).toBeGreaterThan(8000);
  expect(before.flagged).toBeGreaterThan(0);
  expect(await detector.incidentCount()).toBeGreaterThan(0);
  await expect(app.page.getByRole('region', { name: 'Evaluation' })).toContainText('Unexpected Spike');
  // Explanations name the user's metrics with the value the model expected; alarms are compared per detector.
  await expect(detector.incidents.getByRole('row').nth(1)).toContainText(/ % \(.+, expected .+\)/);
  await expect(app.page.getByRole('table', { name: 'Detector comparison' }).getByRole('columnheader', { name: 'Incident precision' })).toBeVisible();
  await expect(app.page.getByRole('region', { name: 'Threshold' })).toContainText(/Expected false alarms: (about [\d.]+ per day|none on the validation rows)/);

  // After Detect the focus is on the results; the incidents table is one tab stop, walked with the arrows.
  await expect(app.page.getByLabel('Detection results')).toBeFocused();
  const incidentRows = detector.incidents.locator('tbody tr');
  expect(await incidentRows.count()).toBeGreaterThan(1);
  expect(await detector.incidents.locator('tbody [tabindex="0"]').count()).toBe(1);
  await incidentRows.first().focus();
  await app.page.keyboard.press('ArrowDown');
  await expect(incidentRows.nth(1)).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(incidentRows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Home');
  await expect(incidentRows.first()).toBeFocused();

  // The swimlane above the score: a click on a cell that reaches the threshold zooms the chart and lists that time's incidents.
  const lane = app.page.getByRole('figure', { name: /^Anomaly overview: \d+ of \d+ time spans reach the threshold$/ });
  await expect(lane).toBeVisible();
  await lane.locator('rect.swim-low, rect.swim-medium, rect.swim-high, rect.swim-critical').first().click();
  await expect(app.page.getByRole('figure', { name: 'Anomaly score, zoomed' })).toBeVisible();
  await expect(detector.incidents).toContainText(/\d+ in \d{4}-\d\d-\d\d \d\d:\d\d – .* UTC\./);
  expect(await incidentRows.count()).toBeGreaterThan(0);
  expect(await incidentRows.count()).toBeLessThanOrEqual(await detector.incidentCount());
  // The zoomed time names the metrics that stand out in it, in the user's own metric names.
  await expect(app.page.getByLabel('Metrics standing out in this time')).toContainText(/Metrics standing out in this time: .+ \d+ %/);
  await detector.incidents.getByRole('button', { name: 'Show all', exact: true }).click();
  const scoreChart = app.page.getByRole('figure', { name: 'Anomaly score over time' });
  await expect(scoreChart).toBeVisible();

  // Hovering the score reads the nearest point; a drag across it zooms to the dragged time.
  const plot = (await scoreChart.locator('svg.chart-svg').boundingBox())!;
  const y = plot.y + plot.height / 2;
  await app.page.mouse.move(plot.x + plot.width * 0.3, y);
  await expect(scoreChart.getByRole('status')).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d UTC\s*anomaly score: \S+×/);
  await app.page.mouse.down();
  await app.page.mouse.move(plot.x + plot.width * 0.5, y, { steps: 5 });
  await app.page.mouse.up();
  await expect(app.page.getByRole('figure', { name: 'Anomaly score, zoomed' })).toBeVisible();
  await app.page.getByRole('button', { name: 'Whole dataset', exact: true }).click();
  await expect(scoreChart).toBeVisible();

  // Showing an incident charts the score around it and its top metrics.
  await detector.incidents.getByRole('button', { name: /^Show incident/ }).first().click();
  await expect(app.page.getByRole('figure', { name: /^Anomaly score around incident \d+$/ })).toBeVisible();
  await expect(app.page.getByRole('figure', { name: /% of the incident's error$/ }).first()).toBeVisible();
  // Each top metric is drawn against what the model expected of it.
  const metricChart = app.page.getByRole('figure', { name: /% of the incident's error$/ }).first();
  await expect(metricChart).toContainText('expected');
  // ... with the range within which it would not have raised an alarm, drawn as a shaded area under the lines.
  await expect(metricChart.locator('.chart-legend')).toContainText('expected range');
  await expect(metricChart.locator('path.chart-band[d]:not([d=""])').first()).toBeAttached();
  await expectNoSeriousA11yViolations(app.page, 'Detect');

  // A lower threshold flags more rows, without scoring again.
  await detector.falseAlarms.fill('10');
  await expect.poll(async () => (await detector.flagged()).flagged).toBeGreaterThan(before.flagged);
  const lowered = await detector.flagged();
  await detector.slider.fill('900');
  await expect.poll(async () => (await detector.flagged()).flagged).toBeLessThan(lowered.flagged);
  await app.page.getByRole('button', { name: 'Automatic', exact: true }).click();
  await expect.poll(async () => (await detector.flagged()).flagged).toBe(before.flagged);

  const csv = await detector.download('Download anomalies CSV');
  expect(csv.name).toBe('anomalies.csv');
  const parsed = Papa.parse<string[]>(csv.text.trim(), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  expect(header.slice(0, 6)).toEqual(['timestamp', 'score', 'threshold', 'severity', 'incident', 'top_metrics']);
  expect(header).toContain('cpu');
  expect(rows).toHaveLength(before.flagged);
  for (const row of rows.slice(0, 50)) {
    expect(row[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?Z$/);
    expect(Number(row[1])).toBeGreaterThanOrEqual(Number(row[2]));
  }
  const incidentsCsv = await detector.download('Download incidents CSV');
  expect(incidentsCsv.text.split('\r\n').filter(Boolean)).toHaveLength((await detector.incidentCount()) + 1);

  // Explore shades what Detect found beside the ground truth.
  await app.openPanel('Explore');
  await expect(app.activePanel.getByText('detected anomaly').first()).toBeVisible();
  await app.openPanel('Detect');

  const model = await detector.download('Download model');
  expect(model.name).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(model.bytes));
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(['model.json', 'weights.bin', 'preprocessing.json', 'threshold.json', 'history.json']));
  const modelJson = JSON.parse(strFromU8(entries['model.json'])) as { format: string; weightsManifest: { paths: string[] }[] };
  expect(modelJson.format).toBe('layers-model');
  expect(modelJson.weightsManifest[0].paths).toEqual(['weights.bin']);

  // A fresh page: its own storage, nothing trained. The same seed gives the same data.
  const context = await browser.newContext({ baseURL: guard.appOrigin, acceptDownloads: true });
  const problems = watch(context, guard.appOrigin);
  try {
    const fresh = new AppPage(await context.newPage());
    await fresh.goto();
    await fresh.generate(SMALL);
    const freshTrainer = new TrainPage(fresh);
    await freshTrainer.open();
    await expect(freshTrainer.models).toContainText('No models yet');
    await fresh.page.getByLabel('Import model', { exact: true }).setInputFiles({ name: model.name, mimeType: 'application/zip', buffer: model.bytes });
    await expect.poll(() => freshTrainer.modelNames()).toHaveLength(1);
    const freshDetector = new DetectPage(fresh);
    await freshDetector.open();
    await freshDetector.detect();
    expect(await freshDetector.flagged()).toEqual(before);
    const again = await freshDetector.download('Download anomalies CSV');
    expect(again.text).toBe(csv.text);

    // A file that is not a model bundle is refused with a message, and the saved model stays.
    await freshTrainer.open();
    await fresh.page.getByLabel('Import model', { exact: true }).setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
    await expect(fresh.errorAlert).toContainText('cannot be imported');
    expect(await freshTrainer.modelNames()).toHaveLength(1);
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});
