import type { StoredArtifacts } from '../../shared/training';
import { MAX_LAYER, MAX_LAYERS } from '../trainConfig';
import { BundleError } from './bundleError';
import { BUNDLE_FILES } from './bundleFormat';
import type { JsonObject } from './jsonFields';

type WeightSpec = StoredArtifacts['weightSpecs'][number];

/** Most values per input row: far more than any dataset a person trains on, and a bound on every tensor scoring allocates. */
export const MAX_INPUT_WIDTH = 16_384;
/** Most Dense layers: the Train panel's deepest encoder, its mirror and the output layer. */
export const MAX_DENSE_LAYERS = 2 * MAX_LAYERS;
/** Widest hidden layer: the widest the Train panel builds. */
export const MAX_HIDDEN_UNITS = MAX_LAYER;

/** Activations the app's scorer follows (see ml/denseStack). */
const ACTIVATIONS = new Set(['relu', 'sigmoid']);

const ENTRY = BUNDLE_FILES.model;
const count = (n: number) => n.toLocaleString('en-US');
const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as JsonObject)[key] : undefined);

/**
 * Checks a model topology against what the app can score, before any tensor is built from it: a
 * stack of at most MAX_DENSE_LAYERS biased Dense layers (ReLU or sigmoid), hidden layers of at most
 * MAX_HIDDEN_UNITS units, an input of `inputWidth` values (preprocessing.json's) that is at most
 * MAX_INPUT_WIDTH and that the last layer gives back, and weight specs of exactly these layers' shapes.
 * @throws BundleError naming model.json and the first limit broken
 */
export function checkTopology(topology: object, specs: readonly WeightSpec[], inputWidth: number): void {
  // Keras's own files nest the model under model_config; tfjs writes it at the top.
  const layers = field(field(field(topology, 'model_config') ?? topology, 'config'), 'layers');
  if (!Array.isArray(layers) || layers.length === 0) throw new BundleError(ENTRY, 'describes a model without layers');
  const dense = layers.filter((layer) => field(layer, 'class_name') !== 'InputLayer');
  if (dense.length > MAX_DENSE_LAYERS) throw new BundleError(ENTRY, `describes ${count(dense.length)} layers; at most ${MAX_DENSE_LAYERS} are allowed`);
  const width = firstWidth(layers);
  if (width === null) throw new BundleError(ENTRY, 'does not say how many values its first layer reads');
  if (width > MAX_INPUT_WIDTH) throw new BundleError(ENTRY, `describes a model that reads ${count(width)} values per row; at most ${count(MAX_INPUT_WIDTH)} are allowed`);
  if (width !== inputWidth) throw new BundleError(ENTRY, `describes a model that reads ${width} values per row, but preprocessing.json gives it ${inputWidth}`);
  const shapes: number[][] = [];
  let previous = width;
  dense.forEach((layer, index) => {
    const units = denseUnits(layer);
    const last = index === dense.length - 1;
    if (!last && units > MAX_HIDDEN_UNITS) throw new BundleError(ENTRY, `gives layer "${layerName(layer)}" ${count(units)} units; at most ${count(MAX_HIDDEN_UNITS)} are allowed`);
    if (last && units !== width) throw new BundleError(ENTRY, `ends in a layer of ${count(units)} units, but an autoencoder gives back the ${count(width)} values it reads`);
    shapes.push([previous, units], [units]);
    previous = units;
  });
  const key = (shape: readonly number[]) => shape.join('×');
  const expected = shapes.map(key).sort();
  const listed = specs.map((spec) => key(spec.shape)).sort();
  if (expected.length !== listed.length || expected.some((shape, i) => shape !== listed[i])) {
    throw new BundleError(ENTRY, `lists weights of shapes ${listed.join(', ')}, but its layers need ${expected.join(', ')}`);
  }
}

/** Units of a biased ReLU or sigmoid Dense layer. @throws BundleError for any other layer */
function denseUnits(layer: unknown): number {
  const kind = field(layer, 'class_name');
  const config = field(layer, 'config');
  if (kind !== 'Dense') throw new BundleError(ENTRY, `has a ${String(kind)} layer ("${layerName(layer)}"); this app scores stacks of Dense layers only`);
  const units = field(config, 'units');
  if (typeof units !== 'number' || !Number.isInteger(units) || units < 1) throw new BundleError(ENTRY, `gives layer "${layerName(layer)}" no valid number of units`);
  if (field(config, 'use_bias') !== true) throw new BundleError(ENTRY, `has a layer without bias ("${layerName(layer)}"), which this app does not score`);
  const activation = field(config, 'activation');
  if (typeof activation !== 'string' || !ACTIVATIONS.has(activation)) throw new BundleError(ENTRY, `gives layer "${layerName(layer)}" the activation ${JSON.stringify(activation)}; this app scores ReLU and sigmoid`);
  return units;
}

function layerName(layer: unknown): string {
  const name = field(field(layer, 'config'), 'name');
  return typeof name === 'string' ? name.slice(0, 80) : '?';
}

/** The first layer's input width (`batch_input_shape`, or Keras 3's `batch_shape`), or null when it does not say. */
function firstWidth(layers: readonly unknown[]): number | null {
  const config = field(layers[0], 'config');
  const shape = field(config, 'batch_input_shape') ?? field(config, 'batch_shape');
  if (!Array.isArray(shape) || shape.length !== 2) return null;
  const width = shape[1];
  return typeof width === 'number' && Number.isInteger(width) && width >= 1 ? width : null;
}
