import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { TrainPage } from './pages/TrainPage';

const SMALL = { months: 1, intervalSeconds: 300, seed: 3, startDate: '2024-01-01' };

test('training shows live curves, saves the model, and both survive a reload (wasm)', async ({ app }) => {
  await app.goto();
  await app.generate(SMALL);
  const trainer = new TrainPage(app);
  await trainer.open();
  await expect(trainer.models).toContainText('No models yet');
  const metrics = app.activePanel.getByRole('group', { name: 'Metrics to learn' }).getByRole('checkbox');
  await app.activePanel.getByRole('button', { name: 'None', exact: true }).click();
  await expect.poll(() => metrics.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length)).toBe(0);
  await app.activePanel.getByRole('button', { name: 'All', exact: true }).click();
  const count = await metrics.count();
  expect(count).toBeGreaterThan(1);
  await expect.poll(() => metrics.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length)).toBe(count);

  // 12 epochs of 447 small batches, no early stop: long enough to see the curve grow and two validation points while
  // it runs, short enough on a busy 2-core machine (60 epochs took minutes there).
  await trainer.start({ backend: 'WebAssembly (processor)', epochs: 12, batchSize: 16, patience: 12 });
  await trainer.waitForRunning();
  const live = trainer.liveChart();
  await expect(live).toBeVisible();
  const first = (await trainer.lossPaths(live)).join('|');
  // Fails, rather than passes, if the run ends first: the live chart is then gone and has no lines.
  await expect
    .poll(async () => {
      const now = (await trainer.lossPaths(live)).join('|');
      return now !== '' && now !== first;
    }, { message: 'the live loss curve grows' })
    .toBe(true);
  // The validation loss is drawn as each epoch ends, not only once the run is saved: a line through two points or more.
  await expect
    .poll(async () => /L/.test((await trainer.lossPaths(live))[1] ?? ''), { message: 'the validation loss is drawn while training' })
    .toBe(true);

  const status = await trainer.waitForTrained();
  expect(status).toContain('on WebAssembly');
  await expect(trainer.progress).toHaveAttribute('aria-valuenow', '100');
  const names = await trainer.modelNames();
  expect(names).toHaveLength(1);
  await expect(trainer.models.getByRole('button', { name: `Use ${names[0]}`, exact: true })).toBeDisabled();
  await trainer.expectSavedCurves(names[0]);
  await expectNoSeriousA11yViolations(app.page, 'Train');

  await app.reload();
  await trainer.open();
  await expect.poll(() => trainer.modelNames()).toEqual(names);
  await trainer.expectSavedCurves(names[0]);
  await expect(trainer.models).toContainText('WebAssembly');
  await expect(app.errorAlert).toHaveCount(0);
});

test('a long run trains on both cores: a second worker takes every other row, and the model says so', async ({ app, page }) => {
  await app.goto();
  await app.generate(SMALL);
  const trainer = new TrainPage(app);
  await trainer.open();
  const replicaStarted = page.waitForEvent('worker', (worker) => worker.url().includes('/trainReplica.worker-'));
  // 80 epochs of about 7,100 rows: past the half million samples from which a second worker pays.
  await trainer.start({ backend: 'WebAssembly (processor)', epochs: 80, batchSize: 256, patience: 80 });
  await replicaStarted;
  const status = await trainer.waitForTrained();
  expect(status).toContain('on WebAssembly (2 threads)');
  const [name] = await trainer.modelNames();
  await trainer.expectSavedCurves(name);
  await expect(trainer.models).toContainText('(2 threads)');
  await expect(app.errorAlert).toHaveCount(0);
});

test('trains on WebGL, which runs on the software renderer here', async ({ app }) => {
  await app.goto();
  await app.generate(SMALL);
  const trainer = new TrainPage(app);
  await trainer.open();
  // Which one depends on the machine's graphics; the hint must name the automatic choice either way.
  await expect(app.activePanel).toContainText(/Automatic uses (WebAssembly|WebGL) here/);
  await trainer.start({ backend: 'WebGL (graphics card)', epochs: 2, batchSize: 256 });
  const status = await trainer.waitForTrained();
  expect(status).toContain('on WebGL');
  const [name] = await trainer.modelNames();
  await trainer.expectSavedCurves(name);
  await expect(trainer.models).toContainText('s on WebGL;');
});

test('cancelling training keeps the earlier model and its curves', async ({ app }) => {
  await app.goto();
  await app.generate(SMALL);
  const trainer = new TrainPage(app);
  await trainer.open();
  await trainer.start({ backend: 'WebAssembly (processor)', epochs: 2, batchSize: 256 });
  await trainer.waitForTrained();
  const names = await trainer.modelNames();
  expect(names).toHaveLength(1);

  await trainer.start({ epochs: 1000, batchSize: 16, patience: 1000 });
  await trainer.waitForRunning();
  await trainer.cancelButton.click();
  await expect(trainer.status).toContainText('Training cancelled', { timeout: 30_000 });
  await expect(trainer.trainButton).toBeEnabled();
  await expect(app.errorAlert, 'a cancel is not an error').toHaveCount(0);
  expect(await trainer.modelNames()).toEqual(names);
  await trainer.expectSavedCurves(names[0]);

  await app.reload();
  await trainer.open();
  await expect.poll(() => trainer.modelNames()).toEqual(names);
  await trainer.expectSavedCurves(names[0]);
});
