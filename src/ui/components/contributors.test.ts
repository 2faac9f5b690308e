import { describe, expect, it } from 'vitest';
import { contributorsText } from './contributors';

describe('contributorsText', () => {
  it('gives each metric its share, and its value against the expected one where known', () => {
    expect(contributorsText([{ name: 'cpu', share: 0.62, actual: 91, expected: 40.24 }, { name: 'ram', share: 0.2 }])).toBe('cpu 62 % (91.0, expected 40.2), ram 20 %');
    expect(contributorsText([{ name: 'bytes', share: 1, actual: 123456.7, expected: 2000 }], (name) => name.toUpperCase())).toBe('BYTES 100 % (123,457, expected 2,000)');
  });
});
