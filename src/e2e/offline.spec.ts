import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../tooling/contentSecurityPolicy';
import { writeServiceWorker } from '../tooling/offline/serviceWorkerPlugin';
import { probe, REFUSED, socketOpens } from './connectionProbes';
import { expect, test } from './fixtures';
import { DetectPage } from './pages/DetectPage';
import { TrainPage } from './pages/TrainPage';
import { BUILD_DIR, staticServer } from './staticServer';
import { recordingServer, rowServer } from './testServers';

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about it.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page: the first visit's page is claimed once it has precached the build. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
}

/** The built script of one kind of worker, e.g. `assets/live.worker-Dk3_x9.js`. */
async function workerScript(kind: string): Promise<string> {
  const file = (await readdir(join(BUILD_DIR, 'assets'))).find((name) => name.startsWith(`${kind}.worker-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no ${kind} worker in ${BUILD_DIR}/assets`);
  return `assets/${file}`;
}

interface ManifestIcon {
  src: string;
  type: string;
  purpose: string;
}

test('after one visit the app reloads offline, installs from its manifest, and generates, trains and detects', async ({ app, page, context }) => {
  test.setTimeout(300_000);
  await app.goto();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const lost: string[] = [];
  context.on('requestfailed', (request) => lost.push(`${request.url()}: ${request.failure()?.errorText}`));
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(app.tablist).toBeVisible();

  // What a browser reads to install the app, with every icon it names, is there offline too.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    const read = (await (await fetch(href)).json()) as { display: string; start_url: string; theme_color: string; icons: ManifestIcon[] };
    const icons = await Promise.all(read.icons.map(async (icon) => ({ ...icon, ok: (await fetch(new URL(icon.src, href))).ok })));
    return { ...read, icons };
  });
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', theme_color: expect.stringMatching(/^#/) });
  expect(manifest.icons.every((icon) => icon.ok)).toBe(true);
  expect(manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));

  await app.generate({ months: 1, intervalSeconds: 300, seed: 7 });
  await new TrainPage(app).trainOnWasm();
  const detector = new DetectPage(app);
  await detector.open();
  await detector.detect();
  const { scored, flagged } = await detector.flagged();
  expect(scored).toBeGreaterThan(8000);
  expect(flagged).toBeGreaterThan(0);
  // Every script, wasm file and chunk the run needed came from the cache.
  expect(lost, 'requests that failed offline').toEqual([]);
});

test('on a static host that sends no headers, the service worker gives every worker the policy: no other origin, the live worker its typed one', async ({ app, page, guard, browser }) => {
  const host = await staticServer();
  const foreign = await recordingServer();
  const endpoint = await rowServer([]);
  guard.allowOrigin(host.origin);
  guard.allowOrigin(new URL(foreign.targets.http).origin);
  // Chromium reports each refusal on the console, naming the refused address.
  guard.allowConsoleError(new RegExp(foreign.host.replace(/\./g, '\\.')));
  try {
    const first = await page.goto(`${host.origin}/`);
    expect(first?.headers()['content-security-policy'], 'the static host sets no policy header').toBeUndefined();
    await expect(app.tablist).toBeVisible();
    await waitForServiceWorker(page);
    const again = await page.reload();
    expect(again?.fromServiceWorker()).toBe(true);
    expect(again?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await expect(app.tablist).toBeVisible();

    // A worker the app starts, served from the cache.
    const generatorStarted = page.waitForEvent('worker', (worker) => worker.url().includes('/generator.worker-'));
    await app.generate({ months: 1, intervalSeconds: 3600, seed: 3 });
    expect(await (await generatorStarted).evaluate(probe, foreign.targets), 'from the generator worker').toMatchObject(REFUSED);

    // The live worker at the URL the bridge gives it after Connect: its policy adds that origin and no other.
    const typed = `ws://${endpoint.host}`;
    const liveStarted = page.waitForEvent('worker', (worker) => worker.url().includes('/live.worker-'));
    const liveUrl = `${host.origin}/${await workerScript('live')}?connect=${encodeURIComponent(typed)}`;
    await page.evaluate((url) => void new Worker(url, { type: 'module', name: 'live' }), liveUrl);
    const live = await liveStarted;
    expect(await live.evaluate(socketOpens, endpoint.targets.ws), 'the typed endpoint').toBe(true);
    expect(await live.evaluate(probe, foreign.targets), 'from the live worker').toMatchObject(REFUSED);
    expect(foreign.hits).toEqual([]);
    expect(foreign.sockets).toEqual([]);

    // The control: without the service worker the same host's worker reaches the other origin.
    const bare = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const barePage = await bare.newPage();
      await barePage.goto(`${host.origin}/`);
      const started = barePage.waitForEvent('worker');
      await barePage.evaluate((url) => void new Worker(url, { type: 'module' }), `${host.origin}/${await workerScript('generator')}`);
      expect(await (await started).evaluate(probe, foreign.targets)).toMatchObject({ fetch: 'sent' });
    } finally {
      await bare.close();
    }
  } finally {
    await Promise.all([host.close(), foreign.close(), endpoint.close()]);
  }
});

/** Whether a newer service worker has taken over, asked inside the service workers themselves: no tab of the app may be open meanwhile. */
async function newerWorkerActive(context: BrowserContext): Promise<boolean> {
  for (const worker of context.serviceWorkers()) {
    const active = await worker
      .evaluate(() => {
        const { registration } = self as unknown as { registration: ServiceWorkerRegistration };
        return registration.waiting === null && registration.active?.state === 'activated';
      })
      // The replaced worker may already be gone.
      .catch(() => false);
    if (active) return true;
  }
  return false;
}

/** The cache names the page's origin holds. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

test('a new build installs beside the old one, takes over once the old one’s last tab has closed, and leaves one cache', async ({ context, page, guard }) => {
  const dir = await mkdtemp(join(tmpdir(), 'offline-build-'));
  await cp(BUILD_DIR, dir, { recursive: true, filter: (source) => !source.endsWith('.map') });
  const host = await staticServer(dir);
  guard.allowOrigin(host.origin);
  const secondBuild = page.locator('meta[name="build"][content="2"]');
  try {
    await page.goto(`${host.origin}/`);
    await waitForServiceWorker(page);
    expect(await cacheNames(page)).toHaveLength(1);

    // A second build: one file changed, and its service worker written as `vite build` writes it.
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    await writeFile(join(dir, 'index.html'), html.replace('</head>', '<meta name="build" content="2" /></head>'));
    await writeServiceWorker(dir);
    await page.evaluate(async () => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none')).toBe('installed');

    // The open tab keeps its build, a reload included, so it never asks the new cache for its old chunks.
    await page.reload();
    await expect(page.getByRole('tablist', { name: 'Panels' })).toBeVisible();
    await expect(secondBuild).toHaveCount(0);
    expect(await cacheNames(page)).toHaveLength(2);

    // Closing the last tab lets the new build activate; the next visit gets it, and only its cache is left.
    const next = await context.newPage();
    await page.close();
    await expect.poll(() => newerWorkerActive(context)).toBe(true);
    await next.goto(`${host.origin}/`);
    await expect(next.locator('meta[name="build"][content="2"]')).toHaveCount(1);
    expect(await cacheNames(next)).toHaveLength(1);
    await expect(next.getByRole('tablist', { name: 'Panels' })).toBeVisible();
  } finally {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
});
