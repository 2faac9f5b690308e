import { expect, test } from './fixtures';
import { textUpload } from './formatFileHelpers';
import { JSON_FORMAT_CASES, PROMETHEUS_ERROR, PROMETHEUS_RANGE } from './jsonFormatFiles';
import { DataPage } from './pages/DataPage';
import { storedDataset } from './pages/storedDatasets';

// Not UTC: a time read or shown in the browser's zone moves the midnight-UTC samples to another day.
test.use({ timezoneId: 'America/New_York' });

const jsonFile = (name: string, text: string) => textUpload(name, text, 'application/json');

test('each monitoring tool’s JSON export imports through the Data panel with its own times and series names', async ({ app }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  for (const file of JSON_FORMAT_CASES) {
    await data.upload(jsonFile(file.name, file.text));
    await data.expectPreview(file.name);
    await expect(data.field('Format'), file.name).toHaveValue(file.format);
    for (const column of file.columns) await expect(data.valueColumn(column), `${file.name}: ${column}`).toBeChecked();
    await data.importAs(file.name);
    expect(await storedDataset(app.page, file.name), file.name).toEqual({ columns: file.columns, rows: file.rows, first: file.first, last: file.last });
  }
  await expect(app.errorAlert).toHaveCount(0);
});

test('a Prometheus file with two instances imports one dataset per host; an error answer is explained', async ({ app, page }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload(jsonFile('load.json', PROMETHEUS_RANGE));
  await data.expectPreview('load.json');
  await expect(page.getByRole('list', { name: 'What was detected' })).toContainText('2 hosts in one file (web-1:9100, web-2:9100)');
  await expect(data.previewTable('load.json')).toContainText('2024-01-16T23:00:00Z');
  await data.field('Hosts').selectOption({ label: 'One dataset per host (2 datasets)' });
  await data.importButton.click();
  await expect.poll(() => app.datasetNames(), { timeout: 60_000 }).toEqual(['load.json (web-2:9100)', 'load.json (web-1:9100)']);
  for (const host of ['web-1:9100', 'web-2:9100']) {
    expect(await storedDataset(page, `load.json (${host})`)).toEqual({
      columns: ['node_load1{job="node"}'],
      rows: 3,
      first: '2024-01-16T23:00:00.000Z',
      last: '2024-01-16T23:02:00.000Z',
    });
  }
  await expect(app.errorAlert).toHaveCount(0);

  await data.upload(jsonFile('error.json', PROMETHEUS_ERROR));
  await expect(app.errorAlert).toContainText('this looks like a Prometheus HTTP API response (query_range / query), but the server answered status "error" (bad_data:');
});
