import { expect, test } from './fixtures';
import { LivePage } from './pages/LivePage';
import { TrainPage } from './pages/TrainPage';
import { generatedRows, rowServer } from './testServers';
import { DEFAULT_WINDOW } from '../core/preprocess/options';

test('a far-future row on a WebSocket endpoint is skipped with its time shown, and the rows after it are scored', async ({ app, page }) => {
  test.setTimeout(240_000);
  const rows = generatedRows(400);
  const far = JSON.stringify({ ...JSON.parse(rows[200]), timestamp: '9999-12-31T23:59:59Z' });
  const endpoint = await rowServer([...rows.slice(0, 200), far, ...rows.slice(200)]);
  try {
    await app.goto();
    await app.generate({ months: 1, intervalSeconds: 300, seed: 11 });
    await new TrainPage(app).trainOnWasm();
    const live = new LivePage(app);
    await live.open();
    await live.chooseSource('Live endpoint');
    await page.getByLabel('Endpoint address', { exact: true }).fill(endpoint.targets.ws);
    await live.button('Connect').click();

    await live.expectCounterAtLeast('Scored', 400 - (DEFAULT_WINDOW - 1));
    await expect(live.problems).toContainText(
      'Skipped a row timed 9999-12-31 23:59:59 UTC: more than 1 day ahead of both the stream’s last row and this computer’s clock.',
    );
    expect(await live.counter('Received')).toBe(401);
    expect(await live.counter('Far-future')).toBe(1);
    expect(await live.counter('Skipped')).toBe(0);
    await expect(live.status).toHaveText(/Live: scoring rows/);
    await live.button('Disconnect').click();
  } finally {
    await endpoint.close();
  }
});
