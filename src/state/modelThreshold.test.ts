import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD_RULE } from '../core/detection/thresholds';
import { modelThreshold } from './modelThreshold';

const errors = (validation: number[], training: number[] = []) => ({ validation: Float32Array.from(validation), training: Float32Array.from(training) });

describe('modelThreshold', () => {
  it('reads the rule on the validation errors, the training sample when there are none', () => {
    const fromValidation = modelThreshold({}, errors([0.1, 0.2, 0.3, 0.4], [9]));
    expect(fromValidation.rule).toBe(DEFAULT_THRESHOLD_RULE);
    expect(fromValidation.reference.values).toHaveLength(4);
    expect(modelThreshold({}, errors([], [0.1, 0.2])).reference.values).toHaveLength(2);
  });

  it('uses an imported model’s own rule, and its saved value when it brought no errors', () => {
    const saved = { value: 0.25, rule: { kind: 'quantile', q: 0.5 } };
    expect(modelThreshold({ threshold: saved }, errors([0, 1, 2])).value).toBe(1);
    expect(modelThreshold({ threshold: saved }, errors([])).value).toBe(0.25);
    expect(Number.isNaN(modelThreshold({}, errors([])).value)).toBe(true);
  });

  it('falls back to the default rule when the saved one is unknown', () => {
    expect(modelThreshold({ threshold: { value: 1, rule: { kind: 'magic' } } }, errors([1, 2])).rule).toBe(DEFAULT_THRESHOLD_RULE);
  });
});
