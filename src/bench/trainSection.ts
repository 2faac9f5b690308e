import type { Page } from 'playwright-core';
import { DEFAULT_TRAIN_CONFIG } from '../core/trainConfig';
import { longestTask, now, openPanel, toMs, waitForOutcome } from './pageProbes';
import { runPeer, type PeerResult } from './peer';

/** The Backend select's option labels, by the backend name the app reports. */
const BACKEND_OPTIONS = { wasm: 'WebAssembly (processor)', webgl: 'WebGL (graphics card)', cpu: 'Plain JavaScript (slowest)' } as const;
export type BenchBackend = keyof typeof BACKEND_OPTIONS;
export const BENCH_BACKENDS = Object.keys(BACKEND_OPTIONS) as BenchBackend[];
const AUTOMATIC = 'Automatic (fastest here)';

const TRAINED =
  /Trained and saved as .+?: ([\d.]+) s on ([\w ]+?)(?: \((\d+) threads?\))?; ([\d,]+) samples\/s in training steps, ([\d,]+) overall\. Best epoch \d+ of (\d+) \([^)]*?(?:, reached after ([\d.]+) s)?\)/;

export interface TrainRun {
  backend: BenchBackend | 'automatic';
  /** The backend the app says it ran on (a backend that fails to start falls back). */
  ran_on: string;
  seconds: number;
  /** Warmed-up training steps only (epochs after the first, no validation): comparable with the peer. */
  samples_per_s: number;
  /** The whole run: first epoch and validation included. */
  overall_samples_per_s: number;
  epochs: number;
  batch: number;
  /** Threads the backend computed on, as the app reports it (null where it does not say). */
  threads: number | null;
  /** Seconds until the kept epoch's validation loss was known (the app's own clock). */
  converged_seconds: number | null;
  /** Click to saved model, on the page's clock. */
  wall_seconds: number;
  longest_task_ms: number;
}

export interface TrainResults {
  /** One short run per backend: warmed-up samples/s, comparable across backends and with the peer. */
  train: Partial<Record<BenchBackend, TrainRun>>;
  train_setup: { epochs: number; batch: number; encoder_sizes: number[]; input_width: number; training_rows: number };
  peer: Extract<PeerResult, { ran: true }> | null;
  peer_skipped: string | null;
  /** Our fastest backend's samples/s over the peer's, when the peer ran. */
  ratio_train_vs_peer: number | null;
  /** Per backend, whether it trained on more than one thread. */
  threads: Partial<Record<BenchBackend, boolean>>;
}

/** The app's default training (its epochs, early stopping, Automatic backend), as a user runs it. */
export interface TrainFullResults {
  train_full: { seconds: number; wall_seconds: number; epochs: number; backend: string; threads: number | null; samples_per_s: number; longest_task_ms: number };
  /** Seconds the default training took to reach the validation loss it kept. */
  train_converged_seconds: number | null;
}

export interface TrainOptions {
  epochs: number;
  /** Typed into Batch size when given; otherwise the app's default stays. */
  batch?: number;
  backends: BenchBackend[];
  peerScript: string;
}

async function trainOnce(page: Page, backend: BenchBackend | 'automatic', epochs: number): Promise<TrainRun> {
  const option = backend === 'automatic' ? AUTOMATIC : BACKEND_OPTIONS[backend];
  await page.getByLabel('Backend', { exact: true }).selectOption({ label: option });
  await page.getByLabel('Epochs', { exact: true }).fill(String(epochs));
  const status = page.getByRole('region', { name: 'Train' }).getByRole('status');
  const start = await now(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // The last run's line stays until this one has read its feedback marks and started: wait for it to go first.
  await status.filter({ hasNotText: TRAINED }).waitFor({ timeout: 30_000 });
  await waitForOutcome(page, status.filter({ hasText: TRAINED }), `train on ${backend}`);
  const end = await now(page);
  const text = await status.innerText();
  const match = TRAINED.exec(text);
  if (!match) throw new Error(`The training status line gives no speed: “${text}”`);
  const count = (text: string) => Number(text.replace(/,/g, ''));
  return {
    backend,
    ran_on: match[2],
    seconds: Number(match[1]),
    samples_per_s: count(match[4]),
    overall_samples_per_s: count(match[5]),
    epochs: Number(match[6]),
    threads: match[3] === undefined ? null : Number(match[3]),
    converged_seconds: match[7] === undefined ? null : Number(match[7]),
    batch: Number(await page.getByLabel('Batch size', { exact: true }).inputValue()),
    wall_seconds: toMs((end - start) / 1000),
    longest_task_ms: Math.round(await longestTask(page, start, end)),
  };
}

/** "19 → 16 → 4 → 16 → 19" from the newest model's Layers fact. */
async function newestLayers(page: Page): Promise<number[]> {
  const text = await page.getByRole('region', { name: 'Models' }).locator('dd').filter({ hasText: '→' }).first().innerText();
  return text.split('→').map((part) => Number(part.trim()));
}

/**
 * Trains the default model on the open dataset once per backend through the Train panel, then the
 * PyTorch peer with the same sizes, batch and rows. Reports what the app reports; never fails on time.
 */
export async function benchTrain(page: Page, datasetRows: number, options: TrainOptions): Promise<TrainResults> {
  await openPanel(page, 'Train');
  if (options.batch !== undefined) await page.getByLabel('Batch size', { exact: true }).fill(String(Math.round(options.batch)));
  const train: TrainResults['train'] = {};
  for (const backend of options.backends) train[backend] = await trainOnce(page, backend, options.epochs);
  // Later sections (Detect scores on the training backend) get the app's own choice back.
  await page.getByLabel('Backend', { exact: true }).selectOption({ label: AUTOMATIC });
  const layers = await newestLayers(page);
  const middle = layers.indexOf(Math.min(...layers));
  const encoderSizes = layers.slice(1, middle + 1);
  const batch = Number(await page.getByLabel('Batch size', { exact: true }).inputValue());
  const split = Number(await page.getByLabel('Validation share (%)', { exact: true }).inputValue()) / 100;
  const trainingRows = Math.round(datasetRows * (1 - split));
  const peer = await runPeer(options.peerScript, { features: layers[0], encoderSizes, batch, rows: trainingRows });
  const fastest = Math.max(...Object.values(train).map((run) => run.samples_per_s));
  return {
    train,
    train_setup: { epochs: options.epochs, batch, encoder_sizes: encoderSizes, input_width: layers[0], training_rows: trainingRows },
    peer: peer.ran ? peer : null,
    peer_skipped: peer.ran ? null : peer.reason,
    ratio_train_vs_peer: peer.ran ? Math.round((fastest / peer.train_samples_per_s) * 1000) / 1000 : null,
    threads: Object.fromEntries(Object.values(train).map((run) => [run.backend, (run.threads ?? 1) > 1])),
  };
}

/** Trains with the app's defaults (epochs, batch, early stopping, Automatic backend): what a user waits for. */
export async function benchTrainFull(page: Page): Promise<TrainFullResults> {
  await openPanel(page, 'Train');
  await page.getByLabel('Batch size', { exact: true }).fill(String(DEFAULT_TRAIN_CONFIG.batchSize));
  const run = await trainOnce(page, 'automatic', DEFAULT_TRAIN_CONFIG.epochs);
  return {
    train_full: { seconds: run.seconds, wall_seconds: run.wall_seconds, epochs: run.epochs, backend: run.ran_on, threads: run.threads, samples_per_s: run.samples_per_s, longest_task_ms: run.longest_task_ms },
    train_converged_seconds: run.converged_seconds,
  };
}

/** ", 2 threads" as the app reports them; nothing where it does not. */
const threadsText = (threads: number | null) => (threads === null ? '' : `, ${threads} ${threads === 1 ? 'thread' : 'threads'}`);

/** Table rows for the train section. */
export function trainRows(results: TrainResults): [string, string][] {
  const count = (n: number) => n.toLocaleString('en-US');
  const setup = results.train_setup;
  const rows: [string, string][] = [
    ['train model', `${setup.input_width} → ${setup.encoder_sizes.join(' → ')} (mirrored), batch ${setup.batch}, ${setup.epochs} epochs on ${count(setup.training_rows)} rows`],
    ...Object.values(results.train).map((run): [string, string] => [
      `train ${run.backend}`,
      `${count(run.samples_per_s)} samples/s in steps, ${count(run.overall_samples_per_s)} overall ` +
        `(${run.seconds.toFixed(1)} s on ${run.ran_on}${threadsText(run.threads)}; longest main-thread task ${run.longest_task_ms} ms)`,
    ]),
  ];
  if (results.peer) {
    rows.push(['train peer', `${count(results.peer.train_samples_per_s)} samples/s (${results.peer.peer}, ${results.peer.threads} thread)`]);
    rows.push(['ours / peer', `${results.ratio_train_vs_peer ?? 'n/a'} (fastest backend over the peer)`]);
  } else {
    rows.push(['train peer', `skipped: ${results.peer_skipped}`]);
  }
  return rows;
}

/** Table rows for the default training. */
export function trainFullRows({ train_full: full, train_converged_seconds: converged }: TrainFullResults): [string, string][] {
  return [
    ['train (app defaults)', `${full.seconds.toFixed(1)} s, ${full.epochs} epochs on ${full.backend}${threadsText(full.threads)}, ${full.samples_per_s.toLocaleString('en-US')} samples/s in steps; longest main-thread task ${full.longest_task_ms} ms`],
    ['train converged', converged === null ? 'n/a (the app did not say)' : `${converged.toFixed(1)} s to the validation loss it kept`],
  ];
}
