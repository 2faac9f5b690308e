import * as tf from '@tensorflow/tfjs';

/**
 * A dense autoencoder: ReLU encoder layers of `encoderSizes` (input to bottleneck), a mirrored
 * ReLU decoder, and a sigmoid output as wide as the input (features are min-max scaled to [0, 1]).
 * Weights come from seeded Glorot-uniform initialisers, so the same seed builds the same model.
 */
export function buildAutoencoder(inputWidth: number, encoderSizes: readonly number[], seed: number): tf.Sequential {
  if (!Number.isInteger(inputWidth) || inputWidth < 1) throw new RangeError(`The input width must be a positive integer, got ${inputWidth}.`);
  if (encoderSizes.length === 0) throw new RangeError('The encoder needs at least one layer.');
  for (const size of encoderSizes) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Layer sizes must be positive integers, got ${size}.`);
  }
  const hidden = [...encoderSizes, ...encoderSizes.slice(0, -1).reverse()];
  const model = tf.sequential({ name: 'autoencoder' });
  // One seed per layer: equal seeds would give same-shaped layers identical weights.
  const initializer = (index: number) => tf.initializers.glorotUniform({ seed: seed + index * 7919 });
  hidden.forEach((units, index) => {
    model.add(
      tf.layers.dense({
        units,
        activation: 'relu',
        kernelInitializer: initializer(index),
        ...(index === 0 ? { inputShape: [inputWidth] } : {}),
      }),
    );
  });
  model.add(tf.layers.dense({ units: inputWidth, activation: 'sigmoid', kernelInitializer: initializer(hidden.length) }));
  return model;
}
