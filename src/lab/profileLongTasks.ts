// Which functions fill the main thread's long tasks while Explore draws a generated dataset (or, with --detect, from
// the Detect click to every Detect chart drawn, after a one-epoch training): a CPU profile of the page cut to each task
// over 50 ms, self time per function. Build without minifying first, so the names are the source's:
// `npx vite build --minify false --outDir /tmp/dist-prof && npx tsx src/lab/profileLongTasks.ts /tmp/dist-prof [months] [--tasks-only] [--detect]`
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { PAGE_PROBES, openPanel, waitForCharts, waitForOutcome } from '../bench/pageProbes';
import { startPreview } from '../bench/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const quiet = process.argv.includes('--tasks-only'); // no profiler, whose sampling lengthens every task
const detect = process.argv.includes('--detect');
const [dist, monthsArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!dist) throw new Error('Usage: tsx src/lab/profileLongTasks.ts <dist> [months]');

/** Self milliseconds per function over the samples within [from, to] (profile clock, µs). */
function selfTimes(profile: Profile, from: number, to: number): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const server = await startPreview(process.cwd(), dist);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: PAGE_PROBES });
    await page.goto(server.url);
    await openPanel(page, 'Generate');
    if (monthsArg) await page.getByLabel('Months', { exact: true }).fill(monthsArg);
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await waitForOutcome(page, page.getByRole('status').filter({ hasText: /Generated/ }), 'generate');
    if (detect) {
      await openPanel(page, 'Train');
      await page.getByLabel('Epochs', { exact: true }).fill('1');
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForOutcome(page, page.getByRole('region', { name: 'Train' }).getByRole('status').filter({ hasText: /Trained and saved/ }), 'train');
      await openPanel(page, 'Detect');
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (!quiet) await cdp.send('Profiler.start');
    // The profile's clock (µs) meets the page's here, within the few ms of one round trip.
    const pageStart = (await page.evaluate('performance.now()')) as number;
    await page.evaluate('window.__longTasks = []; window.__watchCharts()');
    if (detect) {
      await page.getByRole('button', { name: 'Detect', exact: true }).click();
      await waitForOutcome(page, page.getByRole('region', { name: 'Detect' }).getByRole('status').filter({ hasText: /Scored/ }), 'detect');
      await page.waitForTimeout(3000); // every section drawn (the bench waits for each; a profile only needs them inside)
    } else {
      await openPanel(page, 'Explore');
      await waitForCharts(page);
    }
    await page.waitForTimeout(300);
    const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
    if (quiet) {
      console.log(`long tasks: ${tasks.map(([, duration]) => duration.toFixed(0)).join(', ')} ms`);
      return;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const offset = profile.startTime - pageStart * 1000;
    for (const [start, duration] of tasks.sort((a, b) => b[1] - a[1]).slice(0, 5)) {
      console.log(`\nlong task ${duration.toFixed(0)} ms at ${start.toFixed(0)} ms`);
      const from = start * 1000 + offset;
      for (const [name, ms] of selfTimes(profile, from, from + duration * 1000).slice(0, 14)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
