import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { DetectPage } from './pages/DetectPage';
import { LivePage } from './pages/LivePage';
import { TrainPage } from './pages/TrainPage';

const PHONE = { width: 390, height: 844 };
const SMALL = { months: 1, intervalSeconds: 300, seed: 5, startDate: '2024-01-01' };
const PANELS = ['Generate', 'Data', 'Explore', 'Train', 'Detect', 'Live'] as const;
type Panel = (typeof PANELS)[number];

/** The button each panel is for; Explore only shows charts. */
const MAIN_ACTION: Record<Panel, string | null> = { Generate: 'Generate', Data: 'Import', Explore: null, Train: 'Train', Detect: 'Detect', Live: 'Start' };

/** A CSV as wide as a real export (a dozen metrics), so the preview table overflows a phone. */
function wideCsv(): string {
  const names = Array.from({ length: 12 }, (_, i) => `metric_with_a_long_name_${i + 1}`);
  const start = Date.UTC(2024, 0, 1);
  const rows = Array.from({ length: 60 }, (_, r) => [new Date(start + r * 60_000).toISOString(), ...names.map((_, c) => (r + c).toFixed(2))].join(','));
  return [['timestamp', ...names].join(','), ...rows].join('\n');
}

test.use({ viewport: PHONE });

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  expect(await pageWidth(page), `the page scrolls sideways on ${where}`).toBeLessThanOrEqual(PHONE.width);
}

function mainAction(app: AppPage, panel: Panel): Locator | null {
  const name = MAIN_ACTION[panel];
  return name ? app.activePanel.getByRole('button', { name, exact: true }) : null;
}

/** Opens a panel from the top of the page with a real click on its tab, which must be wholly on screen. */
async function openByTab(app: AppPage, panel: Panel): Promise<void> {
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await expect(app.tab(panel)).toBeInViewport({ ratio: 1 });
  await app.tab(panel).click();
  await expect(app.tab(panel)).toHaveAttribute('aria-selected', 'true');
}

/** Every panel, by its tab: no sideways scroll, the main action in view as the panel opens, axe clean. */
async function visitEveryPanel(app: AppPage, when: string, ready: Partial<Record<Panel, () => Promise<void>>> = {}): Promise<void> {
  for (const panel of PANELS) {
    await openByTab(app, panel);
    const action = mainAction(app, panel);
    if (action) await expect(action, `${panel}'s main action is in view on opening (${when})`).toBeInViewport({ ratio: 1 });
    else await expect(app.activePanel.getByText(/\S/).first()).toBeVisible();
    await ready[panel]?.();
    await expectNoSideScroll(app.page, `${panel} (${when})`);
    await expectNoSeriousA11yViolations(app.page, panel);
  }
}

test('at 390 × 844 no panel scrolls sideways, every tab is reachable and each panel opens with its main action in view', async ({ app, page }) => {
  await app.goto();
  await visitEveryPanel(app, 'empty browser');

  await app.generate(SMALL);
  await new TrainPage(app).trainOnWasm();
  const detector = new DetectPage(app);
  await detector.open();
  await detector.detect();
  expect(await detector.incidentCount()).toBeGreaterThan(0);

  await visitEveryPanel(app, 'with results', {
    Explore: () => app.expectChartDrawn(app.monthChart('CPU %', 'January 2024')),
    Train: () => expect(page.getByRole('figure', { name: /^Loss of / })).toBeVisible(),
    // The last of the four result sections, so the charts and every table are on the page.
    Detect: () => expect(page.getByRole('region', { name: 'Evaluation' })).toBeVisible(),
  });

  // The incidents and the detector comparison are wider than a phone: each scrolls inside its own box.
  await openByTab(app, 'Detect');
  await expect(page.getByRole('region', { name: 'Evaluation' })).toBeVisible();
  for (const table of [detector.incidents.getByRole('grid'), page.getByRole('table', { name: 'Detector comparison' })]) {
    const box = table.locator('xpath=..');
    const { scroll, client } = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(scroll, 'the table is wider than its box, which scrolls').toBeGreaterThan(client);
    expect(client).toBeLessThanOrEqual(PHONE.width);
  }

  // A picked file shows the mapping and a wide preview; Import stays in view at the foot of the screen.
  await openByTab(app, 'Data');
  await page.getByLabel('Upload logs', { exact: true }).setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(wideCsv()) });
  await expect(page.getByRole('region', { name: 'First rows of wide.csv' })).toBeVisible();
  await expect(mainAction(app, 'Data')!).toBeInViewport({ ratio: 1 });
  await expect(mainAction(app, 'Data')!).toBeEnabled();
  await expectNoSideScroll(page, 'Data with a preview');
  await expectNoSeriousA11yViolations(page, 'Data');

  // A running live session: counters, the score strip and the metric rows.
  const live = new LivePage(app);
  await live.startSimulatedHourly();
  await expectNoSideScroll(page, 'Live while running');
  await expectNoSeriousA11yViolations(page, 'Live');
  await live.button('Stop').click();
  await expect(live.status).toContainText('Stopped');
});
