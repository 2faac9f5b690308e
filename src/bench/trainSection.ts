import type { Page } from 'playwright-core';
import { RUN_TIMEOUT, longestTask, now, openPanel } from './pageProbes';
import { runPeer, type PeerResult } from './peer';

/** The Backend select's option labels, by the backend name the app reports. */
const BACKEND_OPTIONS = { wasm: 'WebAssembly (processor)', webgl: 'WebGL (graphics card)', cpu: 'Plain JavaScript (slowest)' } as const;
export type BenchBackend = keyof typeof BACKEND_OPTIONS;
export const BENCH_BACKENDS = Object.keys(BACKEND_OPTIONS) as BenchBackend[];

const TRAINED = /Trained and saved as .+?: ([\d.]+) s on ([\w ]+); ([\d,]+) samples\/s in training steps, ([\d,]+) overall/;

export interface TrainRun {
  backend: BenchBackend;
  /** The backend the app says it ran on (a backend that fails to start falls back). */
  ran_on: string;
  seconds: number;
  /** Warmed-up training steps only (epochs after the first, no validation): comparable with the peer. */
  samples_per_s: number;
  /** The whole run: first epoch and validation included. */
  overall_samples_per_s: number;
  longest_task_ms: number;
}

export interface TrainResults {
  train: {
    epochs: number;
    batch: number;
    encoder_sizes: number[];
    input_width: number;
    training_rows: number;
    runs: TrainRun[];
    peer: PeerResult;
    /** Our fastest backend's samples/s over the peer's, when the peer ran. */
    ratio_to_peer: number | null;
  };
}

export interface TrainOptions {
  epochs: number;
  /** Typed into Batch size when given; otherwise the app's default stays. */
  batch?: number;
  backends: BenchBackend[];
  peerScript: string;
}

async function trainOnce(page: Page, backend: BenchBackend, epochs: number): Promise<TrainRun> {
  await page.getByLabel('Backend', { exact: true }).selectOption({ label: BACKEND_OPTIONS[backend] });
  await page.getByLabel('Epochs', { exact: true }).fill(String(epochs));
  const status = page.getByRole('region', { name: 'Train' }).getByRole('status');
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  const start = await now(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await status.filter({ hasText: TRAINED }).or(alert).first().waitFor({ timeout: RUN_TIMEOUT });
  const end = await now(page);
  if (await alert.isVisible()) throw new Error(`the app reported an error: ${await alert.innerText()}`);
  const match = TRAINED.exec(await status.innerText());
  if (!match) throw new Error('status line without a speed');
  return {
    backend,
    ran_on: match[2],
    seconds: Number(match[1]),
    samples_per_s: Number(match[3].replace(/,/g, '')),
    overall_samples_per_s: Number(match[4].replace(/,/g, '')),
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
  const runs: TrainRun[] = [];
  for (const backend of options.backends) runs.push(await trainOnce(page, backend, options.epochs));
  // Later sections (Detect scores on the training backend) get the app's own choice back.
  await page.getByLabel('Backend', { exact: true }).selectOption({ label: 'Automatic (fastest here)' });
  const layers = await newestLayers(page);
  const middle = layers.indexOf(Math.min(...layers));
  const encoderSizes = layers.slice(1, middle + 1);
  const batch = Number(await page.getByLabel('Batch size', { exact: true }).inputValue());
  const split = Number(await page.getByLabel('Validation share (%)', { exact: true }).inputValue()) / 100;
  const trainingRows = Math.round(datasetRows * (1 - split));
  const peer = await runPeer(options.peerScript, { features: layers[0], encoderSizes, batch, rows: trainingRows });
  const fastest = Math.max(...runs.map((run) => run.samples_per_s));
  return {
    train: {
      epochs: options.epochs,
      batch,
      encoder_sizes: encoderSizes,
      input_width: layers[0],
      training_rows: trainingRows,
      runs,
      peer,
      ratio_to_peer: peer.ran ? Math.round((fastest / peer.train_samples_per_s) * 1000) / 1000 : null,
    },
  };
}

/** Table rows for the train section. */
export function trainRows({ train }: TrainResults): [string, string][] {
  const count = (n: number) => n.toLocaleString('en-US');
  const rows: [string, string][] = [
    ['train model', `${train.input_width} → ${train.encoder_sizes.join(' → ')} (mirrored), batch ${train.batch}, ${train.epochs} epochs on ${count(train.training_rows)} rows`],
    ...train.runs.map((run): [string, string] => [
      `train ${run.backend}`,
      `${count(run.samples_per_s)} samples/s in steps, ${count(run.overall_samples_per_s)} overall ` +
        `(${run.seconds.toFixed(1)} s on ${run.ran_on}; longest main-thread task ${run.longest_task_ms} ms)`,
    ]),
  ];
  if (train.peer.ran) {
    rows.push(['train peer', `${count(train.peer.train_samples_per_s)} samples/s (${train.peer.peer}, ${train.peer.threads} thread)`]);
    rows.push(['ours / peer', `${train.ratio_to_peer ?? 'n/a'} (fastest backend over the peer)`]);
  } else {
    rows.push(['train peer', `skipped: ${train.peer.reason}`]);
  }
  return rows;
}
