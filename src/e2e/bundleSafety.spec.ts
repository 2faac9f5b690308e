import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { flippedWeights, goodBundle, hugeLayers, lyingHeader, paddedBundle, understatedBomb, zipBomb, type ZipUpload } from './hostileZips';
import { TrainPage } from './pages/TrainPage';

/** Longest pause between two animation frames that still counts as responsive. */
const MAX_FRAME_GAP_MS = 500;

/** Starts a requestAnimationFrame heartbeat in the page that records the longest gap between frames. */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const beat = window as unknown as { heartbeat: { max: number } };
    beat.heartbeat = { max: 0 };
    let last = performance.now();
    const tick = (now: number) => {
      beat.heartbeat.max = Math.max(beat.heartbeat.max, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The longest frame gap since the last call, which starts the next measurement. */
function longestGap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const beat = (window as unknown as { heartbeat: { max: number } }).heartbeat;
    const max = beat.max;
    beat.max = 0;
    return max;
  });
}

/**
 * Hands `file` to the Import model input from inside the page, so the heartbeat measures the app's
 * import alone: Playwright's setInputFiles decodes a big buffer on the page's thread first.
 */
async function importInPage(page: Page, file: ZipUpload): Promise<void> {
  const path = `/e2e-upload/${encodeURIComponent(file.name)}`;
  await page.route(path, (route) => route.fulfill({ body: file.buffer, contentType: file.mimeType }));
  await page.evaluate(
    async ([url, name]) => {
      const blob = await (await fetch(url)).blob();
      (window as unknown as { picked: File }).picked = new File([blob], name, { type: 'application/zip' });
    },
    [path, file.name],
  );
  await longestGap(page);
  await page.getByLabel('Import model', { exact: true }).evaluate((input: HTMLInputElement) => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { picked: File }).picked);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const HOSTILE: [string, () => ZipUpload, RegExp][] = [
  ['a zip bomb (25 entries sharing one 250 MiB stream)', zipBomb, /its files would unpack to 6\.6 GB, more than the 64\.0 MB a model bundle may hold/],
  ['a file that inflates past the size it states', understatedBomb, /notes\.bin unpacks to more than the 1\.0 MB the zip’s directory gives it/],
  ['the real files plus 2 GiB', paddedBundle, /its files would unpack to 2\.1 GB, more than the 64\.0 MB/],
  ['weights with a flipped byte', flippedWeights, /weights\.bin is damaged: its checksum \(CRC-32\) does not match/],
  ['a local header that lies about the sizes', lyingHeader, /weights\.bin has a local header whose compressed size disagrees with the zip’s directory/],
  ['Dense layers of 100,000 units', hugeLayers, /model\.json gives layer "dense_Dense1" 100,000 units; at most 1,024 are allowed/],
];

test('hostile model bundles are refused by name and reason, the saved model stays, and the page keeps drawing frames', async ({ app, page }) => {
  test.setTimeout(240_000);
  await app.goto();
  const trainer = new TrainPage(app);
  await trainer.open();
  const importInput = page.getByLabel('Import model', { exact: true });
  await importInput.setInputFiles(goodBundle());
  await expect.poll(() => trainer.modelNames()).toEqual(['autoencoder 32-8']);

  await startHeartbeat(page);
  for (const [what, make, reason] of HOSTILE) {
    const file = make();
    await importInPage(page, file);
    await expect(app.errorAlert, what).toContainText(`The model bundle “${file.name}” cannot be imported:`);
    await expect(app.errorAlert, what).toContainText(reason);
    expect(await longestGap(page), `longest frame gap while importing ${what} (ms)`).toBeLessThan(MAX_FRAME_GAP_MS);
    await app.dismissButton.click();
    await expect(app.errorAlert).toHaveCount(0);
    expect(await trainer.modelNames(), `the saved model after ${what}`).toEqual(['autoencoder 32-8']);
  }

  await app.reload();
  await trainer.open();
  await expect.poll(() => trainer.modelNames()).toEqual(['autoencoder 32-8']);
});
