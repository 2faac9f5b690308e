import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';

type ConfigJson = Record<string, unknown>;

async function exportConfiguration(app: AppPage): Promise<ConfigJson> {
  const file = await app.download('Export configuration');
  expect(file.name).toMatch(/\.json$/);
  const parsed: unknown = JSON.parse(file.text);
  expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), 'a JSON object').toBe(true);
  return parsed as ConfigJson;
}

test.describe('configuration files', () => {
  test.beforeEach(async ({ app }) => {
    await app.goto();
    await app.openPanel('Generate');
    await app.fillSettings({ months: 2, seed: 11 });
  });

  test('Export configuration writes the form as JSON', async ({ app }) => {
    const config = await exportConfiguration(app);
    expect(config).toMatchObject({ version: 1, months: 2, seed: 11 });
    expect(config.intervalSeconds).toBe(Number(await app.field('Interval (seconds)').inputValue()));
    expect(config.serverName).toBe(await app.field('Server name').inputValue());
  });

  test('a bad value is named in an alert and the form keeps its values', async ({ app }) => {
    const config = await exportConfiguration(app);
    await app.importConfiguration('bad.json', JSON.stringify({ ...config, months: -1 }));

    await expect(app.errorAlert).toContainText(/months/i);
    await expect(app.field('Months')).toHaveValue('2');
    await expect(app.field('Random seed')).toHaveValue('11');

    await app.dismissButton.click();
    await expect(app.errorAlert).toHaveCount(0);
  });

  test('a file that is not JSON is reported, not thrown', async ({ app }) => {
    await app.importConfiguration('broken.json', '{ "months": ');
    await expect(app.errorAlert).toBeVisible();
    await expect(app.field('Months')).toHaveValue('2');
  });

  test('a good file fills the form', async ({ app }) => {
    const config = await exportConfiguration(app);
    await app.importConfiguration('good.json', JSON.stringify({ ...config, months: 3, seed: 99 }));

    await expect(app.field('Months')).toHaveValue('3');
    await expect(app.field('Random seed')).toHaveValue('99');
    await expect(app.errorAlert).toHaveCount(0);
  });
});
