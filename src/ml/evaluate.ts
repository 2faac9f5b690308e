import * as tf from '@tensorflow/tfjs';
import type { Matrix } from '../shared/model';
import { gatherRows } from './batches';
import { denseForward, denseStack } from './denseStack';

/** Mean squared reconstruction error over all rows and features of `data`, scored in batches (models built by `buildAutoencoder`). */
export async function meanLoss(model: tf.LayersModel, data: Matrix, batchSize: number): Promise<number> {
  const size = Math.max(1, Math.min(batchSize, data.rows));
  const buffer = new Float32Array(size * data.cols);
  const layers = denseStack(model);
  let sum = tf.scalar(0);
  try {
    for (let start = 0; start < data.rows; start += size) {
      const count = Math.min(size, data.rows - start);
      const rows = gatherRows(data, null, start, count, buffer);
      const previous = sum;
      sum = tf.tidy(() => {
        const x = tf.tensor2d(rows, [count, data.cols]);
        return previous.add(tf.losses.meanSquaredError(x, denseForward(layers, x)).mul(count));
      });
      previous.dispose();
    }
    return (await sum.data())[0] / data.rows;
  } finally {
    sum.dispose();
  }
}
