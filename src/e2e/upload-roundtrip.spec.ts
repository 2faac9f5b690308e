import { expect, test } from './fixtures';
import { DataPage } from './pages/DataPage';

test('logs downloaded from a generated dataset upload back with the same rows, metrics and anomalies', async ({ app, page }) => {
  const data = new DataPage(app);
  await app.goto();
  const generated = await app.generate({ months: 1, intervalSeconds: 600, seed: 4, startDate: '2024-03-01', anomalyPercent: 1 });
  const [generatedName] = await app.datasetNames();
  const logs = await app.download('Download logs');
  const truth = await app.download('Download ground truth');
  await app.openPanel('Explore');
  const summary = page.getByText(/ rows, \d+ metrics, [\d,]+ ground-truth anomalies/);
  const generatedSummary = (await summary.innerText()).replace(generatedName, '');

  await data.open();
  await data.upload({ name: logs.name, mimeType: 'text/plain', buffer: logs.bytes });
  await data.expectPreview(logs.name);
  await expect(data.field('Format')).toHaveValue('server-log');
  await data.labelsInput.setInputFiles({ name: truth.name, mimeType: 'text/plain', buffer: truth.bytes });
  await data.importAs(logs.name);
  await expect(data.report).toContainText(`${generated.rows.toLocaleString('en-US')} rows`);
  await expect(data.report).toContainText('Filled rows0');

  await app.openPanel('Explore');
  await expect(summary).toHaveText(`${logs.name}${generatedSummary}`);
  await app.expectChartDrawn(app.monthChart('cpu', 'March 2024'));
  await expect(app.errorAlert).toHaveCount(0);
});
