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
}

/** Reconstruction errors of every row of `data` (a model built by `buildAutoencoder`), predicted `batchSize` rows at a time. */
export async function reconstructionErrors(model: tf.LayersModel, data: Matrix, batchSize: number): Promise<ReconstructionErrors> {
  const { rows, cols } = data;
  const width = model.inputs[0].shape[1];
  if (cols !== width) throw new RangeError(`The model takes ${width} features but the data has ${cols}.`);
  const layers = denseStack(model);
  const rowErrors = new Float32Array(rows);
  const featureErrors = new Float32Array(rows * cols);
  const size = Math.max(1, Math.min(Math.floor(batchSize), rows));
  const buffer = new Float32Array(size * cols);
  for (let start = 0; start < rows; start += size) {
    const count = Math.min(size, rows - start);
    const batch = gatherRows(data, null, start, count, buffer);
    const squared = tf.tidy(() => {
      const x = tf.tensor2d(batch, [count, cols]);
      return tf.squaredDifference(x, denseForward(layers, x));
    });
    try {
      featureErrors.set(await squared.data<'float32'>(), start * cols);
    } finally {
      squared.dispose();
    }
    for (let r = start; r < start + count; r++) {
      let sum = 0;
      for (let c = r * cols; c < r * cols + cols; c++) sum += featureErrors[c];
      rowErrors[r] = sum / cols;
    }
  }
  return { rowErrors, featureErrors };
}
