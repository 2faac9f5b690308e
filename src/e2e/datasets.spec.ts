import { expect, test } from './fixtures';

test('deleting a dataset asks first and leaves the others selected as they were', async ({ app }) => {
  await app.goto();
  await app.generate({ months: 1, intervalSeconds: 600, seed: 21 });
  const [first] = await app.datasetNames();
  await app.generate({ months: 1, intervalSeconds: 600, seed: 22 });
  const names = await app.datasetNames();
  expect(names).toHaveLength(2);
  const second = names.find((name) => name !== first) ?? '';
  await app.expectSelected(second);

  await app.deleteDataset(first);
  await expect.poll(() => app.datasetNames()).toEqual([second]);
  await app.expectSelected(second);

  await app.reload();
  await expect.poll(() => app.datasetNames()).toEqual([second]);
  await expect(app.errorAlert).toHaveCount(0);
});
