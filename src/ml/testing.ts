// Helpers for the ml/ unit tests only; nothing in the app imports this file.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../core/random';
import type { Matrix, TrainConfig } from '../shared/model';

/** Switches tfjs to the pure-JS cpu backend and silences its "install tfjs-node" hint. */
export async function useCpuBackend(): Promise<void> {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
  await tf.ready();
}

/**
 * `rows` rows of `cols` correlated features in about [0.2, 0.8], starting at time step `start`:
 * every feature mixes the same two sine waves (fixed per column) plus noise drawn from `seed`,
 * so a small bottleneck can reconstruct them and later steps make a fair validation set.
 */
export function sineMatrix(rows: number, cols: number, seed: number, start = 0): Matrix {
  const random = createRandom(seed);
  const values = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const a = Math.sin((start + r) / 17);
    const b = Math.sin((start + r) / 53 + 1);
    for (let c = 0; c < cols; c++) {
      const phase = (c * Math.PI) / cols;
      values[r * cols + c] = 0.5 + 0.2 * (Math.cos(phase) * a + Math.sin(phase) * b) + 0.01 * random.normal();
    }
  }
  return { values, rows, cols };
}

/** A small, fast training configuration for tests. */
export function testConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return { encoderSizes: [8, 3], epochs: 5, batchSize: 64, learningRate: 0.01, patience: 3, validationSplit: 0.2, seed: 7, ...overrides };
}
