// Memory (proportional set size) of each Chromium process after each step of the default pipeline (generate → train → detect), so
// a change can be judged by where the memory sits: `npm run build && npx tsx src/lab/measureMemory.ts [--epochs 1]`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { benchGenerate } from '../bench/generateSection';
import { benchDetect } from '../bench/detectSection';
import { childProcessId, treeMemory } from '../bench/memory';
import { openPanel, PAGE_PROBES, waitForOutcome } from '../bench/pageProbes';
import { startPreview } from '../bench/server';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';

const { values } = parseArgs({ options: { epochs: { type: 'string' } } });
const ROOT = new URL('../..', import.meta.url).pathname;

/** Memory (MB, proportional set size) of each process under `root`, by Chromium's --type (the browser has none) and, for utilities, their sub-type. */
function rssByKind(root: number): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const [pid, bytes] of treeMemory(root, true)) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // ended while listed
    }
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1]?.split('.').at(-1);
    const kind = sub ? `${type}:${sub}` : type;
    kinds[kind] = Math.round((kinds[kind] ?? 0) + bytes / 2 ** 20);
  }
  return kinds;
}

const server = await startPreview(ROOT);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS], headless: true });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' })).newPage();
  await page.addInitScript({ content: PAGE_PROBES });
  await page.goto(server.url);
  const pid = childProcessId(process.pid, /chrom/i);
  const report = (step: string) => {
    const kinds = rssByKind(pid);
    const total = Object.values(kinds).reduce((a, b) => a + b, 0);
    console.log(`${step.padEnd(18)} ${String(total).padStart(5)} MB  ${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  };
  report('opened');
  await benchGenerate(page, {});
  report('generated');
  await openPanel(page, 'Train');
  if (values.epochs) await page.getByLabel('Epochs', { exact: true }).fill(values.epochs);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForOutcome(page, page.getByRole('region', { name: 'Train' }).getByRole('status').filter({ hasText: /Trained and saved/ }), 'train');
  report('trained');
  await benchDetect(page);
  report('detected');
  await page.waitForTimeout(5000);
  report('5 s later');
} finally {
  await browser.close();
  await server.stop();
}
