// Prints training samples/s per tfjs backend in Node:
// `npx tsx src/lab/measureThroughput.ts [rows] [epochs] [batch] [backend...] [--hidden=16,4]`.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { TrainProgress } from '../shared/model';
import { buildAutoencoder } from '../ml/autoencoder';
import { sineMatrix, testConfig } from '../ml/testing';
import { trainAutoencoder } from '../ml/train';

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const rows = Number(args[0] ?? 100_000);
const epochs = Number(args[1] ?? 2);
const batchSize = Number(args[2] ?? 256);
const hidden = (flags.find((flag) => flag.startsWith('--hidden='))?.slice('--hidden='.length) ?? '16,4').split(',').map(Number);
const WIDTH = 19;

/**
 * Training-only samples/s of each epoch after the first (the first includes JIT and wasm tier-up),
 * timed between its first and last progress reports so validation is left out, like the PyTorch peer.
 */
function steadyRates(progress: readonly { at: number; report: TrainProgress }[]): number[] {
  const rates: number[] = [];
  for (let epoch = 1; epoch < epochs; epoch++) {
    const inside = progress.filter(({ report }) => report.epoch === epoch && report.batch < report.batches);
    if (inside.length < 2) continue;
    const first = inside[0];
    const last = inside[inside.length - 1];
    rates.push(((last.report.batch - first.report.batch) * batchSize) / ((last.at - first.at) / 1000));
  }
  return rates;
}

async function measure(backend: string): Promise<void> {
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not start`);
  await tf.ready();
  const train = sineMatrix(rows, WIDTH, 1);
  const validation = sineMatrix(Math.round(rows / 4), WIDTH, 2, rows);
  const config = testConfig({ encoderSizes: hidden, epochs, batchSize, learningRate: 1e-3, patience: epochs });
  const before = tf.memory().numTensors;
  const model = buildAutoencoder(WIDTH, config.encoderSizes, config.seed);
  const progress: { at: number; report: TrainProgress }[] = [];
  const onProgress = (report: TrainProgress) => progress.push({ at: performance.now(), report });
  const history = await trainAutoencoder(model, train, validation, config, { backend, onProgress });
  model.dispose();
  const trainSeconds = (rows * epochs) / history.samplesPerSecond;
  const steady = steadyRates(progress).map((rate) => Math.round(rate).toLocaleString('en'));
  console.log(
    `${backend.padEnd(5)} rows ${rows} × ${epochs} epochs, batch ${batchSize}, [${hidden.join(', ')}] on ${WIDTH}: ` +
      `${Math.round(history.samplesPerSecond).toLocaleString('en')} samples/s (all epochs, incl. validation), ${trainSeconds.toFixed(1)} s; ` +
      `epochs 2+ training only: ${steady.join(', ') || 'n/a'} samples/s; ` +
      `val loss ${history.valLoss.map((v) => v.toFixed(5)).join(' → ')}, tensors ${before} → ${tf.memory().numTensors}`,
  );
}

// Not IS_TEST: it turns on per-kernel leak checks, which wasm's fused kernels trip on purpose.
const wasmDist = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
setWasmPaths(`${wasmDist}${path.sep}`);
// As in the app (backends.ts): the threaded build is never used.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
for (const backend of args.length > 3 ? args.slice(3) : ['cpu', 'wasm']) {
  try {
    await measure(backend);
  } catch (error) {
    console.log(`${backend}: failed: ${String(error)}`);
  }
}
