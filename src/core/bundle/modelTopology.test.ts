import { describe, expect, it } from 'vitest';
import { BundleError } from './bundleError';
import { checkTopology, MAX_DENSE_LAYERS, MAX_HIDDEN_UNITS, MAX_INPUT_WIDTH } from './modelTopology';
import { TOPOLOGY } from './testBundle';

type Spec = { name: string; shape: number[]; dtype: 'float32' };

const dense = (name: string, units: number, extra: object = {}) => ({ class_name: 'Dense', config: { name, units, activation: 'relu', use_bias: true, ...extra } });

/** A stack of Dense layers of these widths after an input of `width`, and its weight specs. */
function stack(width: number, units: number[]): { topology: object; specs: Spec[] } {
  const layers = units.map((u, i) => dense(`d${i}`, u, i === 0 ? { batch_input_shape: [null, width] } : {}));
  const specs = units.flatMap((u, i) => [
    { name: `d${i}/kernel`, shape: [i === 0 ? width : units[i - 1], u], dtype: 'float32' as const },
    { name: `d${i}/bias`, shape: [u], dtype: 'float32' as const },
  ]);
  return { topology: { class_name: 'Sequential', config: { layers } }, specs };
}

function refusal(topology: object, specs: Spec[], width: number): string {
  try {
    checkTopology(topology, specs, width);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).entry).toBe('model.json');
    return (error as BundleError).reason;
  }
  throw new Error('checkTopology accepted a topology beyond the limits');
}

describe('checkTopology', () => {
  it('accepts the app’s own models, tfjs and Keras layouts, at the limits', () => {
    const { specs } = stack(3, [2, 3]);
    expect(() => checkTopology(TOPOLOGY, specs, 3)).not.toThrow();
    const widest = stack(MAX_INPUT_WIDTH, [MAX_HIDDEN_UNITS, MAX_INPUT_WIDTH]);
    expect(() => checkTopology(widest.topology, widest.specs, MAX_INPUT_WIDTH)).not.toThrow();
    const deepest = stack(4, [...Array.from({ length: MAX_DENSE_LAYERS - 1 }, () => 8), 4]);
    expect(() => checkTopology(deepest.topology, deepest.specs, 4)).not.toThrow();
    const keras = { model_config: { class_name: 'Sequential', config: { layers: [{ class_name: 'InputLayer', config: { batch_input_shape: [null, 3] } }, dense('a', 2), dense('b', 3)] } } };
    expect(() => checkTopology(keras, specs, 3)).not.toThrow();
  });

  it('refuses a Dense layer of 100,000 units before anything is built', () => {
    const { topology, specs } = stack(3, [100_000, 3]);
    expect(refusal(topology, specs, 3)).toBe('gives layer "d0" 100,000 units; at most 1,024 are allowed');
  });

  it('refuses too many layers, too wide an input, and an input preprocessing.json does not give', () => {
    const deep = stack(4, Array.from({ length: MAX_DENSE_LAYERS + 1 }, () => 4));
    expect(refusal(deep.topology, deep.specs, 4)).toBe(`describes ${MAX_DENSE_LAYERS + 1} layers; at most ${MAX_DENSE_LAYERS} are allowed`);
    const wide = stack(100_000, [8, 100_000]);
    expect(refusal(wide.topology, wide.specs, 100_000)).toBe('describes a model that reads 100,000 values per row; at most 16,384 are allowed');
    const { topology, specs } = stack(3, [2, 3]);
    expect(refusal(topology, specs, 7)).toBe('describes a model that reads 3 values per row, but preprocessing.json gives it 7');
    expect(refusal({ config: { layers: [dense('a', 3)] } }, specs, 3)).toBe('does not say how many values its first layer reads');
    expect(refusal({ config: { layers: [] } }, specs, 3)).toBe('describes a model without layers');
  });

  it('refuses layers the scorer cannot follow and an output narrower than the input', () => {
    const { topology, specs } = stack(3, [2, 3]);
    const withLayer = (layer: object) => ({ config: { layers: [(topology as { config: { layers: object[] } }).config.layers[0], layer] } });
    expect(refusal(withLayer({ class_name: 'Conv1D', config: { name: 'c' } }), specs, 3)).toMatch(/Conv1D layer \("c"\); this app scores stacks of Dense layers only/);
    expect(refusal(withLayer(dense('b', 3, { activation: 'tanh' })), specs, 3)).toMatch(/activation "tanh"/);
    expect(refusal(withLayer(dense('b', 3, { use_bias: false })), specs, 3)).toMatch(/without bias/);
    expect(refusal(withLayer(dense('b', 2.5)), specs, 3)).toMatch(/no valid number of units/);
    expect(refusal(withLayer(dense('b', 2)), specs, 3)).toBe('ends in a layer of 2 units, but an autoencoder gives back the 3 values it reads');
  });

  it('refuses weight specs that are not the layers’ shapes', () => {
    const { topology, specs } = stack(3, [2, 3]);
    expect(refusal(topology, specs.slice(1), 3)).toMatch(/^lists weights of shapes 2, 2×3, 3, but its layers need 2, 2×3, 3, 3×2$/);
    expect(refusal(topology, specs.map((s) => (s.name === 'd0/kernel' ? { ...s, shape: [2, 3] } : s)), 3)).toMatch(/^lists weights of shapes/);
  });
});
