import { describe, expect, it } from 'vitest';
import { weightBytes } from './modelJson';

describe('weightBytes', () => {
  it('adds up every weight by its dtype', () => {
    expect(weightBytes([{ name: 'k', shape: [3, 2], dtype: 'float32' }, { name: 'b', shape: [], dtype: 'int32' }, { name: 'm', shape: [5], dtype: 'bool' }])).toBe(24 + 4 + 5);
    expect(weightBytes([{ name: 's', shape: [2], dtype: 'string' }])).toBeNull();
  });
});
