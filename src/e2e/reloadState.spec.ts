import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { DETECT_TIMEOUT, DetectPage } from './pages/DetectPage';
import { TrainPage } from './pages/TrainPage';

const SMALL = { months: 1, intervalSeconds: 300, seed: 5, startDate: '2024-01-01' };

/** What the Detect panel shows, to compare before and after a reload. */
interface DetectView {
  model: string;
  dataset: string;
  flagged: number;
  falseAlarms: string;
  incident: string;
}

/** Generates a small month, trains on it, scores it, sets a threshold, then selects the last incident. */
async function detectAndSelect(app: AppPage): Promise<DetectPage> {
  await app.generate(SMALL);
  const trainer = new TrainPage(app);
  await trainer.open();
  await trainer.start({ backend: 'WebAssembly (processor)', epochs: 3 });
  await trainer.waitForTrained();
  const detector = new DetectPage(app);
  await detector.open();
  await detector.detect();
  // The threshold first: moving it clears the selection.
  const automatic = await detector.flagged();
  await detector.falseAlarms.fill('4');
  await expect.poll(async () => (await detector.flagged()).flagged).not.toBe(automatic.flagged);
  const shows = detector.incidents.getByRole('button', { name: /^Show incident \d+$/ });
  expect(await shows.count()).toBeGreaterThan(1);
  await shows.last().click();
  await expect(selectedRow(detector)).toHaveCount(1);
  return detector;
}

function selectedRow(detector: DetectPage) {
  return detector.incidents.locator('tbody tr[aria-selected="true"]');
}

async function viewOf(detector: DetectPage): Promise<DetectView> {
  const facts = detector.page.getByRole('region', { name: 'Detect' }).locator('dd');
  return {
    model: (await facts.nth(0).innerText()).trim(),
    dataset: (await facts.nth(1).innerText()).trim(),
    flagged: (await detector.flagged()).flagged,
    falseAlarms: await detector.falseAlarms.inputValue(),
    incident: (await selectedRow(detector).innerText()).trim(),
  };
}

/** Waits until the page, on its own, shows Detect with the scores back and one incident selected. */
async function expectRestored(app: AppPage, detector: DetectPage, before: DetectView): Promise<void> {
  await expect(app.tab('Detect')).toHaveAttribute('aria-selected', 'true');
  await expect(detector.status).toContainText(/Scored [\d,]+ rows/, { timeout: DETECT_TIMEOUT });
  await expect(selectedRow(detector)).toHaveCount(1);
  expect(await viewOf(detector)).toEqual(before);
}

test('a reload brings back the panel, dataset, model, threshold, selected incident and the detection', async ({ app }) => {
  await app.goto();
  const detector = await detectAndSelect(app);
  const before = await viewOf(detector);
  expect(new URL(app.page.url()).hash).toMatch(/^#tab=detect&dataset=[^&]+&model=[^&]+&incident=\d+$/);

  await app.reload();
  await expectRestored(app, detector, before);
  await expect(app.page.getByRole('figure', { name: /^Anomaly score around incident \d+$/ })).toBeVisible();
});

test('a copied link opens the same view in a fresh page; stale or garbage links are ignored calmly', async ({ app, context }) => {
  await app.goto();
  const detector = await detectAndSelect(app);
  const before = await viewOf(detector);
  const link = app.page.url();

  // Another dataset and panel become what this browser remembers; the link still names the first.
  await app.generate({ ...SMALL, seed: 9, serverName: 'other-server' });
  await app.openPanel('Explore');
  await app.page.close();

  const fresh = new AppPage(await context.newPage());
  await fresh.page.goto(link);
  const freshDetector = new DetectPage(fresh);
  await expectRestored(fresh, freshDetector, before);

  // Garbage opens the app as usual, and the address bar gets a clean link.
  for (const hash of ['#tab=%%%&incident=-1', '#\u0000garbage', '#/detect?x']) {
    const page = await context.newPage();
    const other = new AppPage(page);
    await page.goto(`/${hash}`);
    await expect(other.tab('Generate')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#tab=generate&dataset=[^&]+&model=[^&]+$/);
    await expect(other.errorAlert).toHaveCount(0);
    await page.close();
  }
  // An unknown dataset, a deleted model, an incident that is not there: ignored calmly.
  const stale = new AppPage(await context.newPage());
  await stale.page.goto('/#tab=detect&dataset=gone&model=deleted&incident=999');
  await expect(stale.tab('Detect')).toHaveAttribute('aria-selected', 'true');
  // The dataset and model picked last (by the link above) stay and are scored again; the stale link's incident meant another pair.
  const staleDetector = new DetectPage(stale);
  await expect(staleDetector.status).toContainText(/Scored [\d,]+ rows/, { timeout: DETECT_TIMEOUT });
  await expect(stale.page.getByRole('region', { name: 'Detect' }).locator('dd').nth(1)).toHaveText(before.dataset);
  await expect(selectedRow(staleDetector)).toHaveCount(0);
  const linked = new URLSearchParams(new URL(link).hash.slice(1));
  await expect.poll(() => new URL(stale.page.url()).hash).toBe(`#tab=detect&dataset=${linked.get('dataset')}&model=${linked.get('model')}`);

  // A hash typed into the address bar of an open page opens what it names there, without a reload.
  await stale.page.evaluate(() => {
    location.hash = '#tab=train';
  });
  await expect(stale.tab('Train')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => new URL(stale.page.url()).hash).toBe(`#tab=train&dataset=${linked.get('dataset')}&model=${linked.get('model')}`);
});
