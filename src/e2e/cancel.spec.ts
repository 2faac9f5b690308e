import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';

const SMALL = { months: 1, intervalSeconds: 300, seed: 1, startDate: '2024-01-01' };
/** Big enough that the run is still going when Cancel is clicked (about a million rows). */
const LARGE = { months: 12, intervalSeconds: 30, seed: 2 };

async function expectChartsOf(app: AppPage): Promise<void> {
  await app.openPanel('Explore');
  await app.expectChartDrawn(app.chart('CPU % distribution'));
  await app.expectChartDrawn(app.monthChart('CPU %', 'January 2024'));
}

test('cancelling a run keeps the previous dataset and shows no error', async ({ app }) => {
  await app.goto();
  await app.generate(SMALL);
  const names = await app.datasetNames();
  expect(names).toHaveLength(1);
  const [first] = names;

  await app.startGeneration(LARGE);
  // Cancel is enabled only while a run is going; clicking waits for that.
  await app.cancelButton.click();
  await app.waitForIdle();

  await expect(app.errorAlert, 'an AbortError is silent').toHaveCount(0);
  await expect(app.dismissButton).toHaveCount(0);
  expect(await app.datasetNames()).toEqual(names);
  await app.expectSelected(first);
  await expectChartsOf(app);

  // A reload reopens the panel it left (Explore) with the same dataset.
  await app.reload();
  await expect(app.tab('Explore')).toHaveAttribute('aria-selected', 'true');
  await expectChartsOf(app);
  await app.openPanel('Generate');
  await expect.poll(() => app.datasetNames()).toEqual(names);
  await app.expectSelected(first);
  await expect(app.errorAlert).toHaveCount(0);
});
