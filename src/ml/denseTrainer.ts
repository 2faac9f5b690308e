import * as tf from '@tensorflow/tfjs';
import { type DenseActivation, type DenseLayer, denseStack } from './denseStack';

const BETA1 = 0.9;
const BETA2 = 0.999;

/** Adam on a dense autoencoder's mean squared reconstruction error, one batch at a time. */
export interface DenseTrainer {
  /** One Adam step on the first `count` rows of `rows` (row-major, the model's width). */
  step(rows: Float32Array, count: number): void;
  /** Sum of squared errors (over rows and features) of every step since the last call; resets the sum. */
  takeSquaredErrorSum(): Promise<number>;
  /** Like `takeSquaredErrorSum` but keeps the sum running. */
  peekSquaredErrorSum(): Promise<number>;
  /** Copies the trained values into the model's weight variables (steps do not touch them). */
  writeBack(): void;
  /** Frees every tensor the trainer holds; the model stays. */
  dispose(): void;
  /** The weights, Adam moments and step count, copied (to send to another replica); null where they live on a device. */
  exportState(): TrainerState | null;
  /** Continues from `state` (e.g. the replicas' average) instead of its own; a RangeError where they live on a device. */
  importState(state: TrainerState): void;
}

/** A host-side trainer's whole state: flat weights in `parts` order, Adam's two moments, and the steps taken. */
export interface TrainerState {
  values: Float32Array;
  first: Float32Array;
  second: Float32Array;
  iteration: number;
}

/**
 * A trainer for a model built by `buildAutoencoder` that computes the same Adam steps as
 * `tf.train.adam(learningRate).minimize(meanSquaredError)` with a hand-written backward pass and no
 * transposed matrix products (the wasm backend runs those without SIMD).
 * On wasm and cpu, whose tensors live in this thread's memory, the weights and Adam moments are
 * typed arrays updated by one loop (hostAdamStep): kernel dispatch, not arithmetic, was most of
 * the update's time (14 kernels, a fifth of a wasm step). On a device (WebGL) they stay there as
 * one flat variable each, updated by kernels, nothing read back.
 * @param adamOn where the update runs: 'host' (the default on wasm and cpu) or 'device' (kernels, the default elsewhere)
 * @throws RangeError when the model is not a plain stack of Dense layers (see `denseStack`).
 */
export function createDenseTrainer(model: tf.LayersModel, learningRate: number, adamOn: 'host' | 'device' = keepsWeightsOnHost() ? 'host' : 'device'): DenseTrainer {
  const layers = denseStack(model);
  const weights = layers.flatMap((layer) => [layer.kernel, layer.bias]);
  const shapes = weights.map((weight) => weight.read().shape as number[]);
  const cols = shapes[0][0];
  const epsilon = tf.backend().epsilon();
  const store = adamOn === 'host' ? hostStore(weights, shapes) : deviceStore(weights, shapes);
  let squaredErrorSum: tf.Tensor = tf.scalar(0);
  let iteration = 0;

  const step = (rows: Float32Array, count: number) => {
    iteration += 1;
    // d(mean squared error)/d(output) is 2/(count·cols)·(output − input); that factor goes into Adam's constants.
    const gradientScale = 2 / (count * cols);
    const previousSum = squaredErrorSum;
    squaredErrorSum = tf.tidy(() => {
      const parts = store.parts();
      const x = tf.tensor2d(rows.subarray(0, count * cols), [count, cols]);
      const activations = forwardActivations(layers, parts, x);
      const error = activations[layers.length].sub(x) as tf.Tensor2D;
      const sum = previousSum.add(error.square().sum());
      store.update(backward(layers, activations, parts, error), adamConstants(learningRate, epsilon, gradientScale, iteration));
      return sum;
    });
    previousSum.dispose();
  };

  return {
    step,
    async takeSquaredErrorSum() {
      const sum = (await squaredErrorSum.data())[0];
      squaredErrorSum.dispose();
      squaredErrorSum = tf.scalar(0);
      return sum;
    },
    async peekSquaredErrorSum() {
      return (await squaredErrorSum.data())[0];
    },
    writeBack() {
      tf.tidy(() => store.parts(true).forEach((part, index) => weights[index].write(part)));
    },
    dispose() {
      store.dispose();
      squaredErrorSum.dispose();
    },
    exportState() {
      const moments = store.hostState();
      return moments && { values: moments.values.slice(), first: moments.first.slice(), second: moments.second.slice(), iteration };
    },
    importState(state) {
      const moments = store.hostState();
      if (!moments) throw new RangeError('Only a trainer that keeps its weights on the host can take a state.');
      if (state.values.length !== moments.values.length) throw new RangeError(`A state of ${state.values.length} weights does not fit a model of ${moments.values.length}.`);
      moments.values.set(state.values);
      moments.first.set(state.first);
      moments.second.set(state.second);
      iteration = state.iteration;
    },
  };
}

/** Backends whose tensors are plain memory of this thread: reading a gradient back costs a copy, not a wait for a device. */
const HOST_BACKENDS = new Set(['wasm', 'cpu']);

/** Whether a trainer made now keeps its weights in typed arrays (exportState gives them) rather than on a device. */
export const keepsWeightsOnHost = () => HOST_BACKENDS.has(tf.getBackend());

/** Where the weights and their Adam moments live between steps. */
interface ParameterStore {
  /**
   * The current kernels and biases as tensors of their layers' shapes (biases 1-D; typed 2-D for the matrix products,
   * which is all they feed), inside the caller's tidy; `owned` when they must not change with later steps.
   */
  parts(owned?: boolean): tf.Tensor2D[];
  /** One Adam step from each part's gradient (in `parts` order, any shape of the same size). */
  update(gradients: readonly tf.Tensor[], constants: AdamConstants): void;
  /** The live weights and moments where they are typed arrays of this thread; null on a device. */
  hostState(): { values: Float32Array; first: Float32Array; second: Float32Array } | null;
  dispose(): void;
}

/** Each weight's offset in a flat vector of them all, and the vector's length. */
function offsetsOf(shapes: readonly number[][]): { offsets: number[]; total: number } {
  const offsets: number[] = [];
  let total = 0;
  for (const shape of shapes) {
    offsets.push(total);
    total += shape.reduce((a, b) => a * b, 1);
  }
  return { offsets, total };
}

/** Weights and moments in typed arrays: each part uploaded per step, each gradient read back (a copy on these backends). */
function hostStore(weights: readonly { read(): tf.Tensor }[], shapes: readonly number[][]): ParameterStore {
  const { offsets, total } = offsetsOf(shapes);
  const state = { values: new Float32Array(total), first: new Float32Array(total), second: new Float32Array(total) };
  weights.forEach((weight, index) => state.values.set(weight.read().dataSync(), offsets[index]));
  const gradient = new Float32Array(total);
  const slice = (index: number) => state.values.subarray(offsets[index], offsets[index + 1] ?? total);
  return {
    // A copy when owned: the cpu backend keeps the array it is given, and the next step rewrites these in place.
    parts: (owned = false) => shapes.map((shape, index) => tf.tensor<tf.Rank>(owned ? slice(index).slice() : slice(index), shape) as tf.Tensor2D),
    update(gradients, constants) {
      gradients.forEach((part, index) => gradient.set(part.dataSync(), offsets[index]));
      hostAdamStep(state, gradient, constants);
    },
    hostState: () => state,
    dispose() {},
  };
}

/** Weights and moments as flat variables on the backend's device, updated by kernels: nothing is read back. */
function deviceStore(weights: readonly { read(): tf.Tensor }[], shapes: readonly number[][]): ParameterStore {
  const sizes = shapes.map((shape) => shape.reduce((a, b) => a * b, 1));
  // Variables outlive tidy scopes, and assign frees the data it replaces; tidy frees their initial values.
  const [params, firstMoment, secondMoment] = tf.tidy(() => {
    const flat = tf.concat(weights.map((weight) => weight.read().reshape([-1])));
    return [flat, tf.zerosLike(flat), tf.zerosLike(flat)].map((initial) => tf.variable(initial, false));
  });
  const beta1 = tf.scalar(BETA1);
  const beta2 = tf.scalar(BETA2);
  return {
    parts: () => tf.split(params, sizes).map((part, index) => part.reshape(shapes[index])),
    update(gradients, constants) {
      const gradient = tf.concat(gradients.map((part) => part.reshape([-1])));
      const newFirst = firstMoment.mul(beta1).add(gradient.mul(tf.scalar(constants.firstShare)));
      const newSecond = secondMoment.mul(beta2).add(gradient.square().mul(tf.scalar(constants.secondShare)));
      const denominator = newSecond.div(tf.scalar(constants.biasCorrection2)).sqrt().add(tf.scalar(constants.epsilon));
      const update = newFirst.div(denominator).mul(tf.scalar(constants.stepScale));
      firstMoment.assign(newFirst);
      secondMoment.assign(newSecond);
      params.assign(params.add(update));
    },
    hostState: () => null,
    dispose() {
      tf.dispose([params, firstMoment, secondMoment, beta1, beta2]);
    },
  };
}

/** The constants of one Adam step, which both stores round to float32 (as scalars or with Math.fround). */
interface AdamConstants {
  firstShare: number;
  secondShare: number;
  biasCorrection2: number;
  epsilon: number;
  stepScale: number;
}

/** Step `iteration`'s (from 1) constants; the gradient's scale 2/(rows·cols) goes into the moments' shares. */
function adamConstants(learningRate: number, epsilon: number, gradientScale: number, iteration: number): AdamConstants {
  return {
    firstShare: (1 - BETA1) * gradientScale,
    secondShare: (1 - BETA2) * gradientScale * gradientScale,
    biasCorrection2: 1 - BETA2 ** iteration,
    epsilon,
    stepScale: -learningRate / (1 - BETA1 ** iteration),
  };
}

const f32 = Math.fround;

/**
 * Updates `state` in place by one Adam step on `gradient`, rounding every operation to float32 in the
 * order deviceStore's kernels run them, so both give the same bits (each is one correctly rounded
 * float32 operation; a double result rounded once to float32 is that same value).
 */
function hostAdamStep(state: { values: Float32Array; first: Float32Array; second: Float32Array }, gradient: ArrayLike<number>, constants: AdamConstants): void {
  const { values, first, second } = state;
  const beta1 = f32(BETA1);
  const beta2 = f32(BETA2);
  const firstShare = f32(constants.firstShare);
  const secondShare = f32(constants.secondShare);
  const biasCorrection2 = f32(constants.biasCorrection2);
  const epsilon = f32(constants.epsilon);
  const stepScale = f32(constants.stepScale);
  for (let i = 0; i < values.length; i++) {
    const g = gradient[i];
    const m = f32(f32(first[i] * beta1) + f32(g * firstShare));
    const v = f32(f32(second[i] * beta2) + f32(f32(g * g) * secondShare));
    const denominator = f32(f32(Math.sqrt(f32(v / biasCorrection2))) + epsilon);
    first[i] = m;
    second[i] = v;
    values[i] = f32(values[i] + f32(f32(m / denominator) * stepScale));
  }
}

/** The input followed by every layer's output, computed from the weights' `parts` (kernel, bias, kernel, ...). */
function forwardActivations(layers: readonly DenseLayer[], parts: readonly tf.Tensor2D[], x: tf.Tensor2D): tf.Tensor2D[] {
  const activations = [x];
  layers.forEach((layer, index) => {
    const input = activations[index];
    activations.push(tf.fused.matMul({ a: input, b: parts[2 * index], bias: parts[2 * index + 1], activation: layer.activation }) as tf.Tensor2D);
  });
  return activations;
}

/**
 * Gradients of every kernel and bias in the order of `parts` (a bias's as one row), given `outputGradient`,
 * the loss gradient with respect to the model's output (all up to the same constant factor).
 */
function backward(layers: readonly DenseLayer[], activations: readonly tf.Tensor2D[], parts: readonly tf.Tensor2D[], outputGradient: tf.Tensor2D): tf.Tensor2D[] {
  const gradients: tf.Tensor2D[] = new Array<tf.Tensor2D>(parts.length);
  const ones = tf.ones([1, outputGradient.shape[0]]);
  let gradient = outputGradient;
  for (let index = layers.length - 1; index >= 0; index--) {
    const delta = throughActivation(layers[index].activation, activations[index + 1], gradient);
    const input = activations[index];
    // Explicit transposes: wasm's matMul runs SIMD (XNNPACK) only when neither side is transposed.
    gradients[2 * index] = tf.matMul(input.transpose(), delta);
    // A product with a row of ones sums over the batch faster than sum(0), which transposes first.
    gradients[2 * index + 1] = tf.matMul(ones, delta);
    if (index > 0) gradient = tf.matMul(delta, parts[2 * index].transpose());
  }
  return gradients;
}

/** The gradient before an activation from the one after it, using the activation's `output`. */
function throughActivation(activation: DenseActivation, output: tf.Tensor2D, gradient: tf.Tensor2D): tf.Tensor2D {
  if (activation === 'relu') return gradient.mul(tf.step(output));
  return gradient.mul(output).mul(tf.scalar(1).sub(output));
}
