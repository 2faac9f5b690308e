import { describe, expect, it } from 'vitest';
import { topologyInputWidth, weightBytes } from './modelJson';
import { TOPOLOGY } from './testBundle';

describe('topologyInputWidth', () => {
  it('reads the first layer input width as tfjs and Keras write it', () => {
    expect(topologyInputWidth(TOPOLOGY)).toBe(3);
    expect(topologyInputWidth({ model_config: { class_name: 'Sequential', config: { layers: [{ class_name: 'InputLayer', config: { batch_input_shape: [null, 7] } }] } } })).toBe(7);
    expect(topologyInputWidth({ class_name: 'Sequential', config: { layers: [{ config: { batch_shape: [null, 9] } }] } })).toBe(9);
  });

  it('says nothing when the topology does not say', () => {
    expect(topologyInputWidth({})).toBeNull();
    expect(topologyInputWidth({ config: { layers: [{ config: {} }] } })).toBeNull();
    expect(topologyInputWidth({ config: { layers: [{ config: { batch_input_shape: [null, 4, 4] } }] } })).toBeNull();
  });
});

describe('weightBytes', () => {
  it('adds up every weight by its dtype', () => {
    expect(weightBytes([{ name: 'k', shape: [3, 2], dtype: 'float32' }, { name: 'b', shape: [], dtype: 'int32' }, { name: 'm', shape: [5], dtype: 'bool' }])).toBe(24 + 4 + 5);
    expect(weightBytes([{ name: 's', shape: [2], dtype: 'string' }])).toBeNull();
  });
});
