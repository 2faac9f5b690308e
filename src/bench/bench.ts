/**
 * Benchmark: drives the production build in headless Chromium and prints what each job costs.
 * Run with `npm run bench [-- --months N --interval S --only generate,parse,train,big
 * --train-epochs E --train-batch B --backends wasm,webgl,cpu --peer path/to/torch_autoencoder.py]`; it measures, it never fails on time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { benchGenerate, generateRows, type GenerateOptions, type GenerateResults } from './generateSection';
import { PAGE_PROBES } from './pageProbes';
import { childProcessId } from './memory';
import { benchBigImport, bigImportRows, type BigImportResult } from './bigImportSection';
import { benchImport, downloadServerLog, parseRows, serverLogToCsv, type ParseResults } from './parseSection';
import { startPreview, type PreviewServer } from './server';
import { BENCH_BACKENDS, benchTrain, trainRows, type BenchBackend, type TrainResults } from './trainSection';
import { benchDetect, detectRows, type DetectResults } from './detectSection';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS_FILE = join(ROOT, 'bench-results.json');

const SECTIONS = ['generate', 'parse', 'train', 'detect', 'big'] as const;
type Section = (typeof SECTIONS)[number];
/** 'big' (a 1 GB import) takes minutes and gigabytes, so it runs only when asked for. */
const DEFAULT_SECTIONS: Section[] = ['generate', 'parse', 'train', 'detect'];
const DEFAULT_PEER = resolve(ROOT, '..', 'shared', 'peers', 'torch_autoencoder.py');
const DEFAULT_TRAIN_EPOCHS = 2;

interface Results extends GenerateResults, Partial<ParseResults>, Partial<TrainResults>, Partial<DetectResults> {
  big_import?: BigImportResult;
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; chromium: string };
}

interface Options extends GenerateOptions {
  sections: Section[];
  trainEpochs: number;
  /** Batch size typed into the Train panel; undefined keeps the app's default. */
  trainBatch?: number;
  backends: BenchBackend[];
  peerScript: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      months: { type: 'string' },
      interval: { type: 'string' },
      rows: { type: 'string' },
      only: { type: 'string' },
      'train-epochs': { type: 'string' },
      'train-batch': { type: 'string' },
      backends: { type: 'string' },
      peer: { type: 'string' },
    },
    strict: true,
  });
  const sections = (values.only?.split(',') ?? DEFAULT_SECTIONS).map((name) => name.trim());
  for (const name of sections) {
    if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only takes ${SECTIONS.join(', ')}; got ${name}`);
  }
  if (values.rows !== undefined) throw new Error('--rows is not supported yet; use --months and --interval');
  const positive = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got ${text}`);
    return value;
  };
  const backends = (values.backends?.split(',') ?? BENCH_BACKENDS).map((name) => name.trim());
  for (const name of backends) {
    if (!(BENCH_BACKENDS as readonly string[]).includes(name)) throw new Error(`--backends takes ${BENCH_BACKENDS.join(', ')}; got ${name}`);
  }
  return {
    months: positive('months', values.months),
    interval: positive('interval', values.interval),
    sections: sections as Section[],
    trainEpochs: Math.round(positive('train-epochs', values['train-epochs']) ?? DEFAULT_TRAIN_EPOCHS),
    trainBatch: positive('train-batch', values['train-batch']),
    backends: backends as BenchBackend[],
    peerScript: resolve(values.peer ?? DEFAULT_PEER),
  };
}

function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const executablePath = chromiumExecutable();
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const scratch = await mkdtemp(join(tmpdir(), 'bench-'));
  const shutdown = async () => {
    await browser?.close();
    await server?.stop();
    await rm(scratch, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void shutdown().finally(() => process.exit(130)));
  try {
    server = await startPreview(ROOT);
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.warn(`page console error: ${message.text()}`);
    });
    await page.addInitScript({ content: PAGE_PROBES });
    await page.goto(server.url);
    // Every section needs a dataset; the generate section makes the default one.
    const generated = await benchGenerate(page, options);
    let parsed: ParseResults | undefined;
    let big: BigImportResult | undefined;
    let trained: TrainResults | undefined;
    let detected: DetectResults | undefined;
    const logPath = join(scratch, 'server_logs.txt');
    const browserPid = childProcessId(process.pid, /chrom/i);
    // Train and detect first, while the generated dataset is the open one (an import opens its own).
    if (options.sections.includes('train')) {
      trained = await benchTrain(page, generated.dataset.rows, {
        epochs: options.trainEpochs,
        batch: options.trainBatch,
        backends: options.backends,
        peerScript: options.peerScript,
      });
    }
    if (options.sections.includes('detect')) {
      // Detect needs a model: train one quickly on wasm when the train section did not run.
      if (!trained) await benchTrain(page, generated.dataset.rows, { epochs: 1, backends: ['wasm'], peerScript: '' });
      detected = await benchDetect(page);
    }
    if (options.sections.includes('parse') || options.sections.includes('big')) await downloadServerLog(page, logPath);
    if (options.sections.includes('parse')) {
      const csvPath = join(scratch, 'server_logs.csv');
      await serverLogToCsv(logPath, csvPath, 2); // two copies: about 100 MB, as the issue asks
      const own = await benchImport(page, logPath, browserPid);
      const csv = await benchImport(page, csvPath, browserPid);
      parsed = { parse: { own_mb_per_s: own.mb_per_s, csv_mb_per_s: csv.mb_per_s, own, csv } };
    }
    if (options.sections.includes('big')) {
      const bigPath = join(scratch, 'big.csv');
      await serverLogToCsv(logPath, bigPath, 20); // twenty copies of 6 months: about 1.07 GB
      big = await benchBigImport(page, bigPath, browserPid);
    }
    const cpuList = cpus();
    const results: Results = {
      machine: {
        cpus: cpuList.length,
        cpu_model: cpuList[0]?.model.trim() ?? 'unknown',
        memory_gb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
      },
      ...generated,
      ...parsed,
      ...trained,
      ...detected,
      ...(big ? { big_import: big } : {}),
    };
    printTable([
      ['machine', `${results.machine.cpus} × ${results.machine.cpu_model}, ${results.machine.memory_gb} GB`],
      ['node / chromium', `${results.machine.node} / ${results.machine.chromium}`],
      ...generateRows(generated),
      ...(parsed ? parseRows(parsed) : []),
      ...(trained ? trainRows(trained) : []),
      ...(detected ? detectRows(detected) : []),
      ...(big ? bigImportRows(big) : []),
    ]);
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nResults written to ${RESULTS_FILE}`);
  } finally {
    await shutdown();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
