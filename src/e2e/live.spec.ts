import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { LivePage, LIVE_TIMEOUT } from './pages/LivePage';
import { TrainPage } from './pages/TrainPage';
import { DEFAULT_WINDOW } from '../core/preprocess/options';
import { DEFAULT_COOLDOWN_MS } from '../core/detection/incidents';

const SMALL = { months: 1, intervalSeconds: 300, seed: 11 };
/** The simulated server starts at the page's now: a fixed one makes its rows, and so the test, the same on every run. */
const STREAM_START = new Date('2026-03-02T12:00:00Z');

async function trainDefaultModel(app: AppPage): Promise<void> {
  await app.goto();
  await app.generate(SMALL);
  await new TrainPage(app).trainOnWasm();
}

test('a simulated server at an hour a second: an injected Unexpected Spike is an incident within seconds', async ({ app, page }) => {
  test.setTimeout(240_000);
  await trainDefaultModel(app);
  await page.clock.setFixedTime(STREAM_START);
  const live = new LivePage(app);
  await live.startSimulatedHourly();
  await expectNoSeriousA11yViolations(page, 'Live');

  // Inject when no incident is open: within an open one's cool-down the spike would extend it (the alarm policy), not open its own.
  await expect(live.incidentRows().filter({ hasText: 'ongoing' })).toHaveCount(0, { timeout: LIVE_TIMEOUT });
  await live.button('Inject Unexpected Spike').click();
  // Random anomalies of the stream may include spikes too: the injected one is marked.
  const spike = await live.injected('Unexpected Spike');
  // An incident opens on one of the spike's rows (the smoothed score may cross on its second), within seconds.
  await expect
    .poll(async () => (await live.incidentStarts()).some((start) => start >= spike.start && start <= spike.end), { timeout: 10_000 })
    .toBe(true);

  await live.button('Stop').click();
  await expect(live.status).toHaveText(/Stopped/);
  const received = await live.counter('Received');
  await page.waitForTimeout(1500);
  expect(await live.counter('Received')).toBe(received);
});

test('a simulated server at an hour a second: an injected Memory Leak is exactly one incident, through the cool-down after it', async ({ app, page }) => {
  test.setTimeout(300_000);
  await app.goto();
  // No random anomalies, in training or in the stream: the only anomaly is the one injected.
  await app.generate({ ...SMALL, anomalyPercent: 0 });
  await new TrainPage(app).trainOnWasm();
  await page.clock.setFixedTime(STREAM_START);
  const live = new LivePage(app);
  await live.startSimulatedHourly();

  await live.button('Inject Memory Leak').click();
  const leak = await live.injected('Memory Leak');
  // Until the leak has ended and the cool-down after it is over, its flags extend that one alarm.
  const quietFrom = leak.end + DEFAULT_COOLDOWN_MS;
  const leakAlarms = async () => (await live.incidentStarts()).filter((start) => start >= leak.start && start <= quietFrom).length;
  await expect.poll(leakAlarms, { timeout: LIVE_TIMEOUT }).toBe(1);
  await live.expectCounterAtLeast('Scored', (quietFrom - STREAM_START.getTime()) / (SMALL.intervalSeconds * 1000) + 1);
  expect(await leakAlarms()).toBe(1);
  await live.button('Stop').click();
});

test('a WebSocket endpoint: rows scored, malformed messages counted, incidents flagged, Disconnect stops traffic, the session saved as a dataset', async ({ app, page }) => {
  test.setTimeout(240_000);
  await trainDefaultModel(app);
  const dataset = generateDataset({ ...DEFAULT_CONFIG, ...SMALL });
  const malformed = ['this is not a metric row', '{"timestamp": "not a time", "cpu": 5}', '{"timestamp": "2024-01-01T00:00:00Z"'];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const sockets: WebSocket[] = [];
  let closed = 0;
  let sent = 0;
  server.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('close', () => closed++);
    // 3,000 rows at about 500 a second, a malformed message every 1,000 rows.
    const timer = setInterval(() => {
      for (let k = 0; k < 10 && sent < 3000; k++, sent++) {
        if (sent % 1000 === 500) socket.send(malformed[sent / 1000 - 0.5]);
        const row: Record<string, number | string> = { timestamp: new Date(dataset.timestamps[sent]).toISOString() };
        for (const column of dataset.columns) row[column.key] = column.values[sent];
        socket.send(JSON.stringify(row));
      }
      if (sent >= 3000) clearInterval(timer);
    }, 20);
    socket.on('close', () => clearInterval(timer));
  });
  const port = (server.address() as AddressInfo).port;
  const socketUrls: string[] = [];
  page.on('websocket', (ws) => socketUrls.push(ws.url()));
  try {
    const live = new LivePage(app);
    await live.open();
    await live.chooseSource('Live endpoint');
    await page.getByLabel('Endpoint address', { exact: true }).fill(`ws://127.0.0.1:${port}`);
    expect(sockets.length, 'nothing connects before Connect').toBe(0);
    await live.button('Connect').click();
    await live.expectCounterAtLeast('Scored', 1000);
    await expect.poll(() => live.counter('Malformed'), { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(2);
    await expect(live.problems).toBeVisible();
    await expect(live.incidentRows().first()).toBeVisible({ timeout: LIVE_TIMEOUT });
    expect(await live.counter('Flagged')).toBeGreaterThan(0);

    await live.button('Disconnect').click();
    await expect(live.status).toHaveText(/Stopped/);
    await expect.poll(() => closed, { timeout: 10_000 }).toBe(1);
    const received = await live.counter('Received');
    await page.waitForTimeout(1500);
    expect(await live.counter('Received')).toBe(received);
    expect(socketUrls).toEqual([`ws://127.0.0.1:${port}/`]);

    await live.button('Save session as dataset').click();
    await app.openPanel('Data');
    await expect(app.datasets.getByRole('button', { name: /^Open Live endpoint/ })).toBeVisible({ timeout: LIVE_TIMEOUT });
  } finally {
    for (const socket of sockets) socket.terminate();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The generated rows as JSON objects, with their column keys. */
function jsonRows(count: number): string[] {
  const dataset = generateDataset({ ...DEFAULT_CONFIG, ...SMALL });
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number | string> = { timestamp: new Date(dataset.timestamps[r]).toISOString() };
    for (const column of dataset.columns) row[column.key] = column.values[r];
    return JSON.stringify(row);
  });
}

test('a Server-Sent Events endpoint is scored like a WebSocket one', async ({ app, page, guard }) => {
  test.setTimeout(240_000);
  await trainDefaultModel(app);
  const rows = jsonRows(400);
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    // Another origin: the page may read the stream only when the agent allows it (CORS).
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Access-Control-Allow-Origin': '*' });
    for (const row of rows) response.write(`data: ${row}\n\n`);
    request.on('close', () => response.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const live = new LivePage(app);
    await live.open();
    await live.chooseSource('Live endpoint');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.getByLabel('Endpoint address', { exact: true }).fill(`${origin}/metrics`);
    expect(requests, 'nothing is requested before Connect').toBe(0);
    guard.allowOrigin(origin);
    await live.button('Connect').click();
    await live.expectCounterAtLeast('Scored', 400 - (DEFAULT_WINDOW - 1));
    expect(await live.counter('Malformed')).toBe(0);
    await live.button('Disconnect').click();
    await expect(live.status).toHaveText(/Stopped/);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a followed file: lines appended after Follow file are scored', async ({ app, page }) => {
  test.setTimeout(240_000);
  // The picker is the one thing a test cannot click: it returns a real file handle from the origin's private file system.
  await page.addInitScript({
    content: `window.showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle('followed.log', { create: true })];`,
  });
  await trainDefaultModel(app);
  const dataset = generateDataset({ ...DEFAULT_CONFIG, ...SMALL });
  const header = ['timestamp', ...dataset.columns.map((c) => c.key)].join(',');
  const line = (r: number) => [new Date(dataset.timestamps[r]).toISOString(), ...dataset.columns.map((c) => c.values[r])].join(',');
  const append = (text: string) =>
    page.evaluate(async (chunk) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle('followed.log', { create: true });
      const size = (await handle.getFile()).size;
      const writable = await handle.createWritable({ keepExistingData: true });
      await writable.seek(size);
      await writable.write(chunk);
      await writable.close();
    }, text);
  await append(`${header}\n${Array.from({ length: 100 }, (_, r) => line(r)).join('\n')}\n`);

  const live = new LivePage(app);
  await live.open();
  await live.chooseSource('Growing file');
  await live.button('Follow file').click();
  await live.expectCounterAtLeast('Scored', 100 - (DEFAULT_WINDOW - 1));
  // A line split across two writes is read once it is whole.
  const next = line(100);
  await append(`${Array.from({ length: 99 }, (_, k) => line(101 + k)).join('\n')}\n${next.slice(0, 10)}`);
  await append(`${next.slice(10)}\n`);
  await live.expectCounterAtLeast('Received', 200);
  expect(await live.counter('Malformed')).toBe(0);
  await live.button('Stop').click();
});
