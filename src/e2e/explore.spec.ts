import { expect, test } from './fixtures';

const SMALL = { months: 1, intervalSeconds: 300, seed: 5, startDate: '2024-01-01' };
/** One UTC day at one row per 300 s. */
const ROWS_PER_DAY = 86_400 / SMALL.intervalSeconds;

test('zooms into a month and a day, and gives focus back on close', async ({ app, page }) => {
  await app.goto();
  await app.generate(SMALL);
  await app.openPanel('Explore');
  await app.expectChartDrawn(app.monthChart('CPU %', 'January 2024'));

  await app.zoomButton('January 2024').click();
  const detail = app.detailChart('CPU %', 'January 2024');
  await app.expectChartDrawn(detail);
  await expect(page.getByRole('heading', { name: /^Detail: CPU %/ })).toBeFocused();

  await page.getByLabel('Day', { exact: true }).fill('2024-01-15');
  await expect(detail).toContainText(`${ROWS_PER_DAY} raw points`);
  await expect(detail).toContainText('2024-01-15');

  // Arrow keys on a focused chart read its points, as hovering does.
  await detail.locator('svg.chart-svg').focus();
  await page.keyboard.press('Home');
  await expect(detail.getByRole('status')).toContainText(/2024-01-15 00:00 UTC\s*CPU %: [\d.]+/);
  await page.keyboard.press('ArrowRight');
  await expect(detail.getByRole('status')).toContainText('2024-01-15 00:05 UTC');

  await page.getByRole('button', { name: 'Close detail', exact: true }).click();
  await expect(detail).toHaveCount(0);
  await expect(app.zoomButton('January 2024')).toBeFocused();

  // Hovering a distribution's bar reads its bin.
  const cpu = page.getByRole('figure', { name: 'CPU % distribution' });
  const bars = (await cpu.locator('svg.chart-svg').boundingBox())!;
  await page.mouse.move(bars.x + bars.width / 2, bars.y + bars.height / 2);
  await expect(cpu.getByRole('status')).toContainText(/CPU % [\d.]+–[\d.]+\s*rows: [\d,]+/);
  await expect(app.errorAlert).toHaveCount(0);
});

test('draws every month again after each change of metric', async ({ app, page }) => {
  await app.goto();
  // Six months at the default interval: heavy enough that charts draw over several tasks.
  await app.generate({ months: 6, intervalSeconds: 30, seed: 9, startDate: '2024-01-01' });
  await app.openPanel('Explore');
  const months = ['January', 'February', 'March', 'April', 'May', 'June'].map((m) => `${m} 2024`);
  for (const metric of ['Disk', 'RAM', 'CPU']) {
    const label = await app.selectMetric(metric);
    for (const month of months) await app.expectChartDrawn(app.monthChart(label, month));
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  }
});
