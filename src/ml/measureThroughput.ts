// Prints training samples/s per tfjs backend in Node: `npx tsx src/ml/measureThroughput.ts [rows] [epochs] [batch] [backend...]`.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { buildAutoencoder } from './autoencoder';
import { sineMatrix, testConfig } from './testing';
import { trainAutoencoder } from './train';

const rows = Number(process.argv[2] ?? 100_000);
const epochs = Number(process.argv[3] ?? 2);
const batchSize = Number(process.argv[4] ?? 256);
const WIDTH = 19;

async function measure(backend: string): Promise<void> {
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not start`);
  await tf.ready();
  const train = sineMatrix(rows, WIDTH, 1);
  const validation = sineMatrix(Math.round(rows / 4), WIDTH, 2, rows);
  const config = testConfig({ encoderSizes: [16, 4], epochs, batchSize, learningRate: 1e-3, patience: epochs });
  const before = tf.memory().numTensors;
  const model = buildAutoencoder(WIDTH, config.encoderSizes, config.seed);
  const history = await trainAutoencoder(model, train, validation, config, { backend });
  model.dispose();
  const trainSeconds = (rows * epochs) / history.samplesPerSecond;
  console.log(
    `${backend.padEnd(5)} rows ${rows} × ${epochs} epochs, batch ${batchSize}, [16, 4] on ${WIDTH}: ` +
      `${Math.round(history.samplesPerSecond).toLocaleString('en')} samples/s (incl. validation), ${trainSeconds.toFixed(1)} s, ` +
      `val loss ${history.valLoss.map((v) => v.toFixed(5)).join(' → ')}, tensors ${before} → ${tf.memory().numTensors}`,
  );
}

// Not IS_TEST: it turns on per-kernel leak checks, which wasm's fused kernels trip on purpose.
const wasmDist = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
setWasmPaths(`${wasmDist}${path.sep}`);
for (const backend of process.argv.length > 5 ? process.argv.slice(5) : ['cpu', 'wasm']) {
  try {
    await measure(backend);
  } catch (error) {
    console.log(`${backend}: failed: ${String(error)}`);
  }
}
