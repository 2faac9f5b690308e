import * as tf from '@tensorflow/tfjs';

/** Activations the hand-written passes know the derivative of. */
export type DenseActivation = 'relu' | 'sigmoid';

/** One Dense layer of a model, with its live weight variables. */
export interface DenseLayer {
  kernel: tf.LayerVariable;
  bias: tf.LayerVariable;
  activation: DenseActivation;
}

/**
 * The Dense layers of a model built like `buildAutoencoder` (a plain stack of biased Dense layers,
 * ReLU or sigmoid), in order.
 * @throws RangeError for any other architecture, which the hand-written passes cannot follow.
 */
export function denseStack(model: tf.LayersModel): DenseLayer[] {
  return model.layers.map((layer, index) => {
    const config = layer.getConfig();
    const activation = config.activation;
    const weights = layer.trainableWeights;
    const isDense = layer.getClassName() === 'Dense' && config.useBias === true && weights.length === 2;
    if (!isDense || (activation !== 'relu' && activation !== 'sigmoid')) {
      throw new RangeError(`Layer ${index} (${layer.name}) is not a biased Dense layer with ReLU or sigmoid activation.`);
    }
    return { kernel: weights[0], bias: weights[1], activation };
  });
}

/**
 * The model's output for `x`, one fused matrix product + bias + activation per layer: the same
 * numbers as `model.predict(x)` in fewer kernels. Call inside `tf.tidy`.
 */
export function denseForward(layers: readonly DenseLayer[], x: tf.Tensor2D): tf.Tensor2D {
  let output = x;
  for (const { kernel, bias, activation } of layers) {
    output = tf.fused.matMul({ a: output, b: kernel.read() as tf.Tensor2D, bias: bias.read(), activation }) as tf.Tensor2D;
  }
  return output;
}
