// Times the Data panel's import in Chromium, builds taking turns, so a before/after reads past the bench's one sample:
// `npx tsx src/lab/measureBrowserImport.ts /tmp/dist-before dist [--runs=3] [--cpu]` (build each with
// `npx vite build --outDir …`; the files are src/lab/measureImport.ts's, made by running it once).
// --cpu prints each import's CPU time per Chromium thread (read from /proc while it runs, so short-lived workers count).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { PAGE_PROBES, lastMeasure, openPanel, pollUntil } from '../bench/pageProbes';
import { startPreview } from '../bench/server';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const dists = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const runs = Number(flags.find((f) => f.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const showCpu = flags.includes('--cpu');
const dir = '/tmp/measure-import';
const files = ['server_logs.txt', 'server_logs.csv'].map((name) => join(dir, name));

/** CPU ms so far of every Chromium thread, keyed by process kind, thread name and id. */
function chromiumThreadsCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('chromium')) continue;
      const kind = /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(`${kind}/${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}/${tid}`, (Number(fields[11]) + Number(fields[12])) * 10);
      }
    } catch {
      // A process or thread that ended while it was read.
    }
  }
  return out;
}

/** Seconds of one import through the Data panel (the app's `import` measure), and CPU ms per thread with --cpu. */
async function importOnce(page: Page, path: string): Promise<number> {
  await openPanel(page, 'Data');
  await page.getByLabel('Upload logs', { exact: true }).setInputFiles(path);
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor();
  const count = () => page.evaluate(`performance.getEntriesByName('import', 'measure').length`) as Promise<number>;
  const before = await count();
  const start = chromiumThreadsCpu();
  const seen = new Map(start);
  const sampler = setInterval(() => chromiumThreadsCpu().forEach((ms, key) => seen.set(key, ms)), 20);
  await importButton.click();
  await pollUntil(page, 'the import', async () => (await count()) > before, 50);
  clearInterval(sampler);
  chromiumThreadsCpu().forEach((ms, key) => seen.set(key, ms));
  if (showCpu) {
    const used = [...seen].map(([key, ms]) => [key, ms - (start.get(key) ?? 0)] as const).filter(([, ms]) => ms >= 50);
    console.log(`  ${path.split('/').pop()}: ${used.map(([key, ms]) => `${key} ${ms} ms`).join(', ')}`);
  }
  return ((await lastMeasure(page, 'import')) ?? Number.NaN) / 1000;
}

if (dists.length === 0 || files.some((file) => !existsSync(file))) {
  console.log('usage: npx tsx src/lab/measureBrowserImport.ts DIST [DIST…] [--runs=3] [--cpu]; run src/lab/measureImport.ts once first for the files');
  process.exit(1);
}
const seconds = new Map<string, number[]>();
for (let round = 0; round < runs; round++) {
  for (const dist of dists) {
    const server = await startPreview(process.cwd(), dist);
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS], headless: true });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' })).newPage();
      await page.addInitScript({ content: PAGE_PROBES });
      await page.goto(server.url);
      for (const path of files) {
        const key = `${dist} ${path.split('/').pop()}`;
        seconds.set(key, [...(seconds.get(key) ?? []), await importOnce(page, path)]);
        await page.waitForTimeout(1000); // the dataset is stored and drawn before the next import
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  }
}
for (const [key, list] of seconds) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${key}: best ${sorted[0].toFixed(2)} s, median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} s (${list.map((s) => s.toFixed(2)).join(' ')})`);
}
