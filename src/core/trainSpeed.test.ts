import { describe, expect, it } from 'vitest';
import { stepSamplesPerSecond } from './trainSpeed';

describe('stepSamplesPerSecond', () => {
  it('leaves out the first, warming-up epoch', () => {
    expect(stepSamplesPerSecond({ epochSeconds: [4, 1, 1], trainRows: 1000 })).toBe(1000);
  });

  it('uses the only epoch when there is one, and 0 when nothing was timed', () => {
    expect(stepSamplesPerSecond({ epochSeconds: [2], trainRows: 1000 })).toBe(500);
    expect(stepSamplesPerSecond({ epochSeconds: [], trainRows: 1000 })).toBe(0);
  });
});
