/**
 * Benchmark: drives the production build in headless Chromium and prints what each job costs.
 * Run with `npm run bench [-- --months N --interval S --rows N --only generate,parse,train,detect,live,big
 * --train-epochs E --train-batch B --backends wasm,webgl,cpu --peer path/to/torch_autoencoder.py]`; it measures, it never fails on time.
 * Writes bench-results.json (keys listed in the README's "Benchmark" section).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { benchGenerate, generateRows, type GenerateOptions, type GenerateResults } from './generateSection';
import { PAGE_PROBES, toMs } from './pageProbes';
import { childProcessId, sampleMemory, type MemoryResults } from './memory';
import { bundleRows, bundleSizes, type BundleResults } from './bundleSizes';
import { MAX_ROWS } from '../core/config';
import { benchBigImport, bigImportRows, type BigImportResult } from './bigImportSection';
import { benchImport, downloadServerLog, parseRows, serverLogToCsv, type ParseResults } from './parseSection';
import { prometheusFileOfSize } from './prometheusFile';
import { startPreview, type PreviewServer } from './server';
import { BENCH_BACKENDS, benchTrain, benchTrainFull, trainFullRows, trainRows, type BenchBackend, type TrainFullResults, type TrainResults } from './trainSection';
import { benchDetect, detectRows, type DetectResults } from './detectSection';
import { benchLive, liveRows, type LiveResults } from './liveSection';
import { benchDetectCharts, detectChartsRows, type DetectChartsResults } from './detectChartsSection';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Another build folder and results file let a second run work beside the first (BENCH_DIST=/tmp/dist-b BENCH_RESULTS=/tmp/b.json), as E2E_DIST does for the specs.
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const RESULTS_FILE = resolve(ROOT, process.env.BENCH_RESULTS ?? 'bench-results.json');

const SECTIONS = ['generate', 'parse', 'train', 'detect', 'live', 'big'] as const;
type Section = (typeof SECTIONS)[number];
/** 'big' (a 1 GB import) takes minutes and gigabytes, so it runs only when asked for. */
const DEFAULT_SECTIONS: Section[] = ['generate', 'parse', 'train', 'detect', 'live'];
const DEFAULT_PEER = resolve(ROOT, '..', 'shared', 'peers', 'torch_autoencoder.py');
const DEFAULT_TRAIN_EPOCHS = 2;

interface Results extends GenerateResults, Partial<ParseResults>, Partial<LiveResults>, Partial<TrainResults>, Partial<TrainFullResults>, Partial<DetectResults>, Partial<DetectChartsResults>, MemoryResults, BundleResults {
  big_import?: BigImportResult;
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; chromium: string };
  /** Generate → default training → detect, each timed from its click to its result: the wait of a first visit. */
  pipeline_seconds: number | null;
  /** The longest main-thread task during each job (Long Tasks API). */
  longest_task_ms: GenerateResults['longest_task_ms'] & Record<string, number>;
}

/** The default six months (2024-01-01 to 2024-07-01) in seconds: `--rows` picks the interval that fills them. */
const SIX_MONTHS_SECONDS = 182 * 86_400;
/** Rows per copy of the default 6-month log, which the big import repeats. */
const ROWS_PER_LOG_COPY = 524_160;

interface Options extends GenerateOptions {
  sections: Section[];
  trainEpochs: number;
  /** Batch size typed into the Train panel; undefined keeps the app's default. */
  trainBatch?: number;
  backends: BenchBackend[];
  peerScript: string;
  /** Copies of the 6-month log in the big import's CSV (20 ≈ 1 GB, 10.5 M rows). */
  bigCopies: number;
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
  const positive = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got ${text}`);
    return value;
  };
  const rows = positive('rows', values.rows);
  // The generator stops at MAX_ROWS; beyond that the scale test is an import of a CSV that size.
  const generatedRows = rows === undefined ? undefined : Math.min(rows, MAX_ROWS);
  if (rows !== undefined && rows > MAX_ROWS) {
    console.log(`--rows ${rows}: the app generates at most ${MAX_ROWS.toLocaleString('en-US')} rows; the big section imports a ${rows.toLocaleString('en-US')}-row CSV instead (add big to --only).`);
  }
  const backends = (values.backends?.split(',') ?? BENCH_BACKENDS).map((name) => name.trim());
  for (const name of backends) {
    if (!(BENCH_BACKENDS as readonly string[]).includes(name)) throw new Error(`--backends takes ${BENCH_BACKENDS.join(', ')}; got ${name}`);
  }
  return {
    months: generatedRows === undefined ? positive('months', values.months) : 6,
    interval: generatedRows === undefined ? positive('interval', values.interval) : Math.max(1, Math.floor(SIX_MONTHS_SECONDS / generatedRows)),
    bigCopies: rows === undefined ? 20 : Math.max(1, Math.ceil(rows / ROWS_PER_LOG_COPY)),
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
    server = await startPreview(ROOT, DIST);
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.warn(`page console error: ${message.text()}`);
    });
    await page.addInitScript({ content: PAGE_PROBES });
    await page.goto(server.url);
    const browserPid = childProcessId(process.pid, /chrom/i);
    const memory = await sampleMemory(page, browserPid);
    // Every section needs a dataset; the generate section makes the default one.
    const generated = await benchGenerate(page, options);
    let parsed: ParseResults | undefined;
    let big: BigImportResult | undefined;
    let trained: TrainResults | undefined;
    let full: TrainFullResults | undefined;
    let detected: DetectResults | undefined;
    let charted: DetectChartsResults | undefined;
    const logPath = join(scratch, 'server_logs.txt');
    // Train and detect first, while the generated dataset is the open one (an import opens its own).
    if (options.sections.includes('train')) {
      trained = await benchTrain(page, generated.dataset.rows, {
        epochs: options.trainEpochs,
        batch: options.trainBatch,
        backends: options.backends,
        peerScript: options.peerScript,
      });
    }
    // Detect scores with the model a user would have: the app's default training.
    const needsModel = ['train', 'detect', 'live'].some((section) => options.sections.includes(section as Section));
    if (needsModel) full = await benchTrainFull(page);
    if (options.sections.includes('detect')) {
      detected = await benchDetect(page);
      charted = await benchDetectCharts(page);
    }
    const streamed: LiveResults | undefined = options.sections.includes('live') ? await benchLive(page) : undefined;
    if (options.sections.includes('parse') || options.sections.includes('big')) {
      const exported = await downloadServerLog(page, logPath);
      if (options.sections.includes('parse')) {
        const csvPath = join(scratch, 'server_logs.csv');
        await serverLogToCsv(logPath, csvPath, 2); // two copies: about 100 MB, as the issue asks
        const own = await benchImport(page, logPath, browserPid);
        const csv = await benchImport(page, csvPath, browserPid);
        const promPath = join(scratch, 'query_range.json');
        await prometheusFileOfSize(logPath, promPath);
        const prometheus = await benchImport(page, promPath, browserPid);
        parsed = {
          parse: {
            own_mb_per_s: own.mb_per_s,
            csv_mb_per_s: csv.mb_per_s,
            prometheus_mb_per_s: prometheus.mb_per_s,
            export_own_mb_per_s: exported.mb_per_s,
            own,
            csv,
            prometheus,
            export_own: exported,
          },
        };
      }
    }
    if (options.sections.includes('big')) {
      const bigPath = join(scratch, 'big.csv');
      await serverLogToCsv(logPath, bigPath, options.bigCopies);
      big = await benchBigImport(page, bigPath, browserPid);
    }
    const cpuList = cpus();
    const longest: Results['longest_task_ms'] = { ...generated.longest_task_ms };
    for (const run of Object.values(trained?.train ?? {})) longest[`train_${run.backend}`] = run.longest_task_ms;
    if (full) longest.train_full = full.train_full.longest_task_ms;
    if (streamed) longest.live = Math.max(...streamed.live.steps.map((step) => step.longest_task_ms));
    if (detected) {
      longest.detect = detected.detect.longest_task_ms;
      longest.threshold_move = detected.detect.threshold_move_longest_task_ms;
      longest.detect_charts = detected.detect.charts_longest_task_ms;
    }
    if (charted) {
      longest.swimlane_click = charted.detect_charts.swimlane_click_longest_task_ms;
      longest.drag_zoom = charted.detect_charts.drag_zoom_longest_task_ms;
      longest.incident_select = charted.detect_charts.incident_select_longest_task_ms;
      longest.explore_detected = charted.detect_charts.explore_detected_longest_task_ms;
    }
    const detectSeconds = detected ? (detected.detect.wall_seconds ?? detected.detect.worker_seconds) : null;
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
      ...full,
      ...detected,
      ...charted,
      ...streamed,
      pipeline_seconds: full && detectSeconds !== null ? toMs(generated.generate.seconds + full.train_full.wall_seconds + detectSeconds) : null,
      longest_task_ms: longest,
      ...(await memory.stop()),
      ...bundleSizes(DIST),
      ...(big ? { big_import: big } : {}),
    };
    printTable([
      ['machine', `${results.machine.cpus} × ${results.machine.cpu_model}, ${results.machine.memory_gb} GB`],
      ['node / chromium', `${results.machine.node} / ${results.machine.chromium}`],
      ...generateRows(generated),
      ...(parsed ? parseRows(parsed) : []),
      ...(trained ? trainRows(trained) : []),
      ...(full ? trainFullRows(full) : []),
      ...(detected ? detectRows(detected) : []),
      ...(charted ? detectChartsRows(charted) : []),
      ...(streamed ? liveRows(streamed) : []),
      ['pipeline generate → train → detect', results.pipeline_seconds === null ? 'n/a (needs train or detect)' : `${results.pipeline_seconds.toFixed(1)} s`],
      ['memory, peak', `JS heap ${results.memory.peak_js_heap_mb} MB (page), browser RSS ${results.memory.peak_browser_rss_mb} MB, PSS ${results.memory.peak_browser_pss_mb} MB (all processes)`],
      ['memory at the PSS peak', Object.entries(results.memory.peak_pss_mb_by_process).map(([kind, mb]) => `${kind} ${mb} MB`).join(', ')],
      ...bundleRows(results),
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
  // Exit now: a section stopped mid-way can leave a timer or a child process holding the event loop open.
  process.exit(1);
});
