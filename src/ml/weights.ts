import * as tf from '@tensorflow/tfjs';

/** Copies of a model's weights that outlive later training steps; dispose them with `disposeWeights`. */
export function snapshotWeights(model: tf.LayersModel): tf.Tensor[] {
  // getWeights() hands back the live variables, which the optimizer keeps overwriting.
  return tf.tidy(() => model.getWeights().map((weight) => weight.clone()));
}

/** Writes a snapshot back into the model; the snapshot stays owned by the caller. */
export function restoreWeights(model: tf.LayersModel, snapshot: readonly tf.Tensor[]): void {
  model.setWeights([...snapshot]);
}

/** Frees the tensors of a snapshot. */
export function disposeWeights(snapshot: readonly tf.Tensor[] | null): void {
  if (snapshot !== null) tf.dispose([...snapshot]);
}
