import * as tf from '@tensorflow/tfjs';
import type { Matrix } from '../shared/model';
import { gatherRows } from './batches';
import { denseForward, denseStack } from './denseStack';

/** How far each row's reconstruction is from the row itself. */
export interface ReconstructionErrors {
  /** Mean squared error per row (the anomaly score). */
  rowErrors: Float32Array;
  /** Squared error per row and feature, row-major like the input: which features explain a score. */
  featureErrors: Float32Array;
  /** Input minus reconstruction per row and feature (its sign says above or below expected); only when asked for. */
  differences: Float32Array | null;
}

/**
 * Runs the model over `data` (a model built by `buildAutoencoder`) `batchSize` rows at a time and
 * hands each batch's input minus reconstruction (count × cols, row-major) to `visit`, with the
 * batch's first row. The array is only valid during the call: a caller keeps what it needs, so no
 * whole-dataset copy of the differences is ever made.
 */
export async function forEachDifference(model: tf.LayersModel, data: Matrix, batchSize: number, visit: (differences: Float32Array, start: number, count: number) => void): Promise<void> {
  const { rows, cols } = data;
  const width = model.inputs[0].shape[1];
  if (cols !== width) throw new RangeError(`The model takes ${width} features but the data has ${cols}.`);
  const layers = denseStack(model);
  const size = Math.max(1, Math.min(Math.floor(batchSize), rows));
  const buffer = new Float32Array(size * cols);
  for (let start = 0; start < rows; start += size) {
    const count = Math.min(size, rows - start);
    const batch = gatherRows(data, null, start, count, buffer);
    const difference = tf.tidy(() => {
      const x = tf.tensor2d(batch, [count, cols]);
      return tf.sub(x, denseForward(layers, x));
    });
    let values: Float32Array;
    try {
      values = await difference.data<'float32'>();
    } finally {
      difference.dispose();
    }
    visit(values, start, count);
  }
}

/**
 * Reconstruction errors of every row of `data` (a model built by `buildAutoencoder`), predicted
 * `batchSize` rows at a time; with `keepDifferences`, the signed differences too.
 */
export async function reconstructionErrors(model: tf.LayersModel, data: Matrix, batchSize: number, keepDifferences = false): Promise<ReconstructionErrors> {
  const { rows, cols } = data;
  const rowErrors = new Float32Array(rows);
  const featureErrors = new Float32Array(rows * cols);
  const differences = keepDifferences ? new Float32Array(rows * cols) : null;
  await forEachDifference(model, data, batchSize, (values, start, count) => {
    differences?.set(values, start * cols);
    for (let r = 0; r < count; r++) {
      let sum = 0;
      const at = (start + r) * cols;
      for (let c = 0; c < cols; c++) {
        const d = values[r * cols + c];
        featureErrors[at + c] = d * d;
        sum += d * d;
      }
      rowErrors[start + r] = sum / cols;
    }
  });
  return { rowErrors, featureErrors, differences };
}
