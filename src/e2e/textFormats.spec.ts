import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { DataPage, type UploadFile } from './pages/DataPage';
import { storedDataset } from './pages/storedDatasets';
import { AMBIGUOUS_DATES, SADF_TWO_HOSTS, TEXT_FORMAT_CASES } from './textFormatFiles';

// A zone far from UTC (and from the config's New York): a time read or shown in local time is off by 5:30.
test.use({ timezoneId: 'Asia/Kolkata' });

function textFile(name: string, text: string): UploadFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}

test('each monitoring tool’s text export imports through the Data panel with its own times', async ({ app }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  for (const file of TEXT_FORMAT_CASES) {
    await data.upload(textFile(file.name, file.text));
    await data.expectPreview(file.name);
    await expect(data.field('Format')).toHaveValue(file.format);
    await data.importAs(file.name);
    expect(await storedDataset(app.page, file.name), file.name).toEqual({ columns: file.columns, rows: file.rows, first: file.first, last: file.last });
  }
  await expect(app.errorAlert).toHaveCount(0);
});

test('sadf -d with two hosts imports as one dataset per host; an ambiguous date is asked about', async ({ app, page }) => {
  const data = new DataPage(app);
  await app.goto();
  await data.open();
  await data.upload(textFile('sadf.csv', SADF_TWO_HOSTS));
  await data.expectPreview('sadf.csv');
  await expect(data.field('Format')).toHaveValue('sadf');
  await expect(data.valueColumn('%user{host="db-1"}')).toBeChecked();
  await expect(data.valueColumn('interval')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'What was detected' })).toContainText('2 hosts (web-1, db-1)');
  await expectNoSeriousA11yViolations(page, 'Data');
  await data.field('Hosts').selectOption({ label: 'One dataset per host (2 datasets)' });
  await data.importButton.click();
  await expect(data.status).toHaveText('Imported sadf.csv (db-1).', { timeout: 60_000 });
  await expect.poll(() => app.datasetNames()).toEqual(['sadf.csv (db-1)', 'sadf.csv (web-1)']);
  for (const host of ['web-1', 'db-1']) {
    expect(await storedDataset(page, `sadf.csv (${host})`)).toEqual({
      columns: ['%user', '%system', '%idle'],
      rows: 3,
      first: '2024-01-16T10:10:01.000Z',
      last: '2024-01-16T10:30:01.000Z',
    });
  }

  await data.upload(textFile('us.csv', AMBIGUOUS_DATES));
  await data.expectPreview('us.csv');
  await expect(page.getByRole('list', { name: 'What was detected' })).toContainText('could be either way round');
  await expect(data.field('Time format')).toHaveValue('mdy');
  await data.field('Time format').selectOption('dmy');
  await data.importAs('us.csv');
  expect(await storedDataset(page, 'us.csv')).toEqual({ columns: ['cpu'], rows: 3, first: '2024-02-01T23:00:00.000Z', last: '2024-02-03T23:00:00.000Z' });
  await expect(app.errorAlert).toHaveCount(0);
});
