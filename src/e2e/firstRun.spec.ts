import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { DETECT_TIMEOUT, DetectPage } from './pages/DetectPage';
import { GENERATION_TIMEOUT } from './pages/AppPage';
import { TRAINING_TIMEOUT, TrainPage } from './pages/TrainPage';

const SMALL = { months: 1, intervalSeconds: 300, seed: 7, startDate: '2024-01-01' };

test('an empty browser: the guide says the three steps, and Run the demo ends on Detect with incidents listed', async ({ app, page }) => {
  await app.goto();
  const guide = page.getByRole('region', { name: /^Start here/ });
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('Get data');
  await expect(guide).toContainText('Train');
  await expect(guide).toContainText('Detect');
  await expectNoSeriousA11yViolations(page, 'Generate');

  const started = Date.now();
  await guide.getByRole('button', { name: 'Run the demo', exact: true }).click();
  // Each step opens its panel and says where the demo is, with a way to stop it.
  await expect(page.getByText(/^Demo, step \d of 3/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop the demo', exact: true })).toBeVisible();

  const detector = new DetectPage(app);
  await expect(app.tab('Detect')).toHaveAttribute('aria-selected', 'true', { timeout: GENERATION_TIMEOUT + TRAINING_TIMEOUT });
  await expect(detector.status).toContainText(/Scored [\d,]+ rows/, { timeout: DETECT_TIMEOUT });
  const seconds = (Date.now() - started) / 1000;
  test.info().annotations.push({ type: 'demo seconds', description: seconds.toFixed(1) });
  console.log(`The demo took ${seconds.toFixed(1)} s from click to scores.`);

  expect(await detector.incidentCount()).toBeGreaterThan(0);
  await expect(detector.incidents.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByText(/^That was the demo/)).toBeVisible();
  // The guide has done its job: a dataset is stored now.
  await app.openPanel('Generate');
  await expect(guide).toHaveCount(0);
  await expect(app.errorAlert).toHaveCount(0);
});

test('Stop the demo ends it during training and keeps the generated month', async ({ app, page }) => {
  await app.goto();
  // The demo trains with the Train panel's settings: many epochs keep it training until Stop.
  const trainer = new TrainPage(app);
  await trainer.open();
  await trainer.fill({ epochs: 500, patience: 500 });
  await app.openPanel('Generate');
  await page.getByRole('button', { name: 'Run the demo', exact: true }).click();
  await expect(page.getByText('Demo, step 2 of 3: training a model on that month…')).toBeVisible({ timeout: GENERATION_TIMEOUT });
  await trainer.waitForRunning();
  await page.getByRole('button', { name: 'Stop the demo', exact: true }).click();
  await expect(trainer.status).toContainText('Training cancelled');
  await expect(page.getByText(/^Demo, step/)).toHaveCount(0);
  await expect(app.tab('Train')).toHaveAttribute('aria-selected', 'true');
  await app.openPanel('Generate');
  await expect(app.datasetOpenButtons()).toHaveCount(1);
  await expect(app.errorAlert).toHaveCount(0);
});

test('after Generate, the next-step button opens Train; after Train, it opens Detect', async ({ app, page }) => {
  await app.goto();
  await app.generate(SMALL);
  const toTrain = page.getByRole('button', { name: /^Next: train a model/ });
  await expect(toTrain).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Generate');
  await toTrain.click();
  await expect(app.tab('Train')).toHaveAttribute('aria-selected', 'true');
  await expect(app.tab('Train')).toBeFocused();

  await page.getByLabel('Backend', { exact: true }).selectOption({ label: 'WebAssembly (processor)' });
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const toDetect = page.getByRole('button', { name: /^Next: find anomalies/ });
  await expect(toDetect).toBeVisible({ timeout: TRAINING_TIMEOUT });
  await toDetect.click();
  await expect(app.tab('Detect')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Detect', exact: true })).toBeEnabled();
});
