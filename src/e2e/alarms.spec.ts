import { expect, test } from './fixtures';
import { DataPage } from './pages/DataPage';
import { DetectPage } from './pages/DetectPage';
import { TrainPage } from './pages/TrainPage';
import { ANOMALY_DAY, recurringJobCsv } from './recurringJobCsv';

test('a nightly five-minute job is usual, a level shift is one incident: 14 days at 5 min imported, trained and detected with defaults', async ({ app }) => {
  test.setTimeout(240_000);
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload({ name: 'cpu-14-days.csv', mimeType: 'text/csv', buffer: Buffer.from(recurringJobCsv()) });
  await data.expectPreview('cpu-14-days.csv');
  await data.importAs('cpu-14-days.csv');

  const train = new TrainPage(app);
  await train.open();
  await train.start();
  await train.waitForTrained();

  const detector = new DetectPage(app);
  await detector.open();
  await detector.detect();
  expect(await detector.incidentCount()).toBe(1);
  await expect(detector.incidents.getByRole('row').nth(1)).toContainText(ANOMALY_DAY);
});
