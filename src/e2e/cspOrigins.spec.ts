import type { Worker } from '@playwright/test';
import { probe, REFUSED, socketOpens } from './connectionProbes';
import { expect, test } from './fixtures';
import { goodBundle } from './hostileZips';
import { DataPage, fixtureFile } from './pages/DataPage';
import { DetectPage } from './pages/DetectPage';
import { LivePage } from './pages/LivePage';
import { TrainPage } from './pages/TrainPage';
import { generatedRows, recordingServer, rowServer } from './testServers';
import { DEFAULT_WINDOW } from '../core/preprocess/options';

/** Every kind of worker the app starts, by its script's name. */
const WORKER_KINDS = ['generator', 'ingest', 'ingestPart', 'train', 'trainReplica', 'score', 'scoreHelper', 'live', 'bundle'];

test('the page and every worker reach no other origin; the live worker reaches only the address typed, after Connect', async ({ app, page, guard }) => {
  test.setTimeout(300_000);
  const foreign = await recordingServer();
  const endpoint = await rowServer(generatedRows(400));
  // Chromium reports each refusal on the console, naming the refused address.
  guard.allowConsoleError(new RegExp(foreign.host.replace(/\./g, '\\.')));
  // Chromium announces a refused EventSource as a request that fails at once, blocked by the policy; the server hears nothing.
  const foreignOrigin = new URL(foreign.targets.http).origin;
  guard.allowOrigin(foreignOrigin);
  const announced: string[] = [];
  const failures: string[] = [];
  page.context().on('request', (request) => {
    if (new URL(request.url()).origin === foreignOrigin) announced.push(request.url());
  });
  page.context().on('requestfailed', (request) => {
    if (new URL(request.url()).origin === foreignOrigin) failures.push(request.failure()?.errorText ?? 'no reason');
  });
  const workers = new Map<string, Worker>();
  page.on('worker', (worker) => {
    const kind = /\/(\w+)\.worker-[\w-]+\.js/.exec(worker.url())?.[1];
    if (kind) workers.set(kind, worker);
  });
  // What each kind of worker reached; a worker that is stopped after its job (training) is asked while it is alive.
  const probed = new Map<string, unknown>();
  const probeWorker = async (kind: string) => probed.set(kind, await workers.get(kind)!.evaluate(probe, foreign.targets));
  try {
    await app.goto();
    expect(await page.evaluate(probe, foreign.targets)).toMatchObject(REFUSED);

    // Start every kind of worker the way a person would.
    // Two months at 20 s (259k rows): enough for detection's second worker.
    await app.generate({ months: 2, intervalSeconds: 20, seed: 11 });
    const data = new DataPage(app);
    await data.open();
    await data.upload(await fixtureFile('web.csv', 'text/csv'));
    await data.expectPreview('web.csv');
    await probeWorker('ingest');
    // A big import starts a second reader (the import worker's own); it is asked while it reads, then the import is cancelled.
    const partStarted = page.waitForEvent('worker', (worker) => worker.url().includes('/ingestPart.worker-'));
    await data.dropGeneratedCsv('big.csv', 80);
    await data.expectPreview('big.csv');
    await data.importButton.click();
    await partStarted;
    await probeWorker('ingestPart');
    await data.cancelButton.click();
    await expect(data.status).toHaveText('Import cancelled; nothing was saved.');
    const trainer = new TrainPage(app);
    // Opening Train starts its worker to ask which backend suits this browser; a training run stops it afterwards.
    await trainer.open();
    await expect(page.getByText(/^Automatic uses /)).toBeVisible();
    await probeWorker('train');
    await trainer.trainOnWasm({ epochs: 2 });
    // A long run starts the second training worker (the train worker's own); it is asked while the run lasts.
    const replicaStarted = page.waitForEvent('worker', (worker) => worker.url().includes('/trainReplica.worker-'));
    await trainer.start({ epochs: 1000, batchSize: 16, patience: 1000 });
    await replicaStarted;
    await probeWorker('trainReplica');
    await trainer.cancelButton.click();
    await expect(trainer.status).toContainText('Training cancelled', { timeout: 30_000 });
    const detector = new DetectPage(app);
    await detector.open();
    // A big detection's second scoring worker (the score worker's own) is asked while it scores.
    const helperStarted = page.waitForEvent('worker', (worker) => worker.url().includes('/scoreHelper.worker-'));
    const detected = detector.detect();
    await helperStarted;
    await probeWorker('scoreHelper');
    await detected;
    const live = new LivePage(app);
    await live.open();
    await live.chooseSource('Live endpoint');
    await page.getByLabel('Endpoint address', { exact: true }).fill(endpoint.targets.ws);
    expect(endpoint.hits, 'nothing reaches the endpoint before Connect').toEqual([]);
    await live.button('Connect').click();
    await live.expectCounterAtLeast('Scored', 400 - (DEFAULT_WINDOW - 1));
    await app.openPanel('Train');
    await page.getByLabel('Import model', { exact: true }).setInputFiles(goodBundle());
    await expect(page.getByRole('region', { name: 'Models' })).toContainText('autoencoder 32-8');

    expect([...workers.keys()].sort()).toEqual([...WORKER_KINDS].sort());
    for (const kind of workers.keys()) if (!probed.has(kind)) await probeWorker(kind);
    for (const [kind, result] of probed) expect(result, `from the ${kind} worker`).toMatchObject(REFUSED);
    // The live worker's own policy names the endpoint: a second socket to it opens, so the probe can tell.
    expect(workers.get('live')!.url()).toContain(`connect=${encodeURIComponent(`ws://${endpoint.host}`)}`);
    expect(await workers.get('live')!.evaluate(socketOpens, endpoint.targets.ws)).toBe(true);
    expect(endpoint.sockets.length).toBe(2);

    await page.waitForTimeout(1500);
    expect(foreign.hits, 'what reached the other origin').toEqual([]);
    expect(foreign.sockets).toEqual([]);
    expect(failures, 'every request announced to the other origin was blocked by the policy').toEqual(announced.map(() => 'csp'));
  } finally {
    await foreign.close();
    await endpoint.close();
  }
});
