import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';
import { RUN_TIMEOUT, longestTask, now, openPanel } from './pageProbes';

/** Offered rates (rows/s), each held for STEP_SECONDS: the highest the page keeps up with, without drops or a long task, is the result. */
const RATES = [1_000, 2_500, 5_000, 10_000, 20_000, 40_000];
const STEP_SECONDS = 6;
/** The main thread must stay responsive: no task over this while rows stream. */
const RESPONSIVE_MS = 50;

export interface LiveStep {
  offered_rows_per_s: number;
  /** Rows the page took in per second: below the offer, the socket pushes back (TCP) rather than the page dropping. */
  received_rows_per_s: number;
  scored_rows_per_s: number;
  dropped: number;
  longest_task_ms: number;
}

export interface LiveResults {
  live: {
    /** The highest offered rate scored in full (no drops, ≥ 95 % scored) with no main-thread task over 50 ms; 0 if none. */
    sustained_rows_per_s: number;
    steps: LiveStep[];
  };
}

const counterText = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Live counters' }).locator('div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}`) }) }).locator('dd').innerText();
const counter = async (page: Page, label: string) => Number((await counterText(page, label)).split('(')[0].replace(/[^\d]/g, ''));

/**
 * Streams generated rows from a local WebSocket server at rising rates into the Live panel (with the
 * picked model) and reports what it scored per second, its drops and the longest main-thread task.
 */
export async function benchLive(page: Page): Promise<LiveResults> {
  const source = generateDataset({ ...DEFAULT_CONFIG, months: 1 });
  const rows = source.timestamps.length;
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  let socket: WebSocket | null = null;
  server.on('connection', (s) => (socket = s));
  let sent = 0;
  // In the past: rows far ahead of the wall clock (and of no earlier row) are skipped as far-future, as a real source's would be.
  const start = Date.UTC(2024, 0, 1);
  const sendRows = (count: number) => {
    for (let k = 0; k < count && socket; k++, sent++) {
      const r = sent % rows;
      const row: Record<string, string | number> = { timestamp: new Date(start + sent * 30_000).toISOString() };
      for (const column of source.columns) row[column.key] = column.values[r];
      socket.send(JSON.stringify(row));
    }
  };
  try {
    await openPanel(page, 'Live');
    await page.getByRole('radio', { name: 'Live endpoint', exact: true }).check();
    await page.getByLabel('Endpoint address', { exact: true }).fill(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    const deadline = Date.now() + RUN_TIMEOUT;
    while (!socket && Date.now() < deadline) await page.waitForTimeout(100);
    if (!socket) throw new Error('the Live panel did not connect to the bench server');
    const steps: LiveStep[] = [];
    for (const rate of RATES) {
      const scoredBefore = await counter(page, 'Scored');
      const receivedBefore = await counter(page, 'Received');
      const droppedBefore = await counter(page, 'Dropped');
      const from = await now(page);
      const began = Date.now();
      // Ten sends a second, each a tenth of the rate.
      for (let tick = 0; tick < STEP_SECONDS * 10; tick++) {
        sendRows(Math.round(rate / 10));
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, began + (tick + 1) * 100 - Date.now())));
      }
      await page.waitForTimeout(1000); // let the last batch be scored
      const seconds = (Date.now() - began) / 1000;
      const scored = (await counter(page, 'Scored')) - scoredBefore;
      steps.push({
        offered_rows_per_s: rate,
        received_rows_per_s: Math.round(((await counter(page, 'Received')) - receivedBefore) / seconds),
        scored_rows_per_s: Math.round(scored / seconds),
        dropped: (await counter(page, 'Dropped')) - droppedBefore,
        longest_task_ms: Math.round(await longestTask(page, from, await now(page))),
      });
    }
    await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
    const kept = steps.filter((s) => s.dropped === 0 && s.scored_rows_per_s >= 0.95 * s.offered_rows_per_s * (STEP_SECONDS / (STEP_SECONDS + 1)) && s.longest_task_ms <= RESPONSIVE_MS);
    return { live: { sustained_rows_per_s: Math.max(0, ...kept.map((s) => s.offered_rows_per_s)), steps } };
  } finally {
    (socket as WebSocket | null)?.terminate();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Table rows for the live section. */
export function liveRows({ live }: LiveResults): [string, string][] {
  return [
    ['live, sustained', `${live.sustained_rows_per_s.toLocaleString('en-US')} rows/s scored with no drops and no main-thread task over ${RESPONSIVE_MS} ms`],
    ...live.steps.map((s): [string, string] => [
      `live at ${s.offered_rows_per_s.toLocaleString('en-US')}/s`,
      `${s.received_rows_per_s.toLocaleString('en-US')} received/s, ${s.scored_rows_per_s.toLocaleString('en-US')} scored/s, ${s.dropped.toLocaleString('en-US')} dropped, longest task ${s.longest_task_ms} ms`,
    ]),
  ];
}
