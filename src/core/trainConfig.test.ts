import { describe, expect, it } from 'vitest';
import { ConfigError } from '../shared/errors';
import { DEFAULT_TRAIN_CONFIG, parseEncoderSizes, validateTrainConfig } from './trainConfig';

describe('validateTrainConfig', () => {
  it('accepts the defaults', () => {
    expect(validateTrainConfig(DEFAULT_TRAIN_CONFIG)).toBe(DEFAULT_TRAIN_CONFIG);
  });

  it('names every unusable field at once', () => {
    const bad = { ...DEFAULT_TRAIN_CONFIG, epochs: 0, batchSize: 2.5, learningRate: -1, encoderSizes: [] };
    let caught: unknown;
    try {
      validateTrainConfig(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join(' ');
    expect(problems).toMatch(/Epochs/);
    expect(problems).toMatch(/batch size/);
    expect(problems).toMatch(/learning rate/);
    expect(problems).toMatch(/encoder/);
  });
});

describe('parseEncoderSizes', () => {
  it.each([
    ['16, 4', [16, 4]],
    ['32 16 4', [32, 16, 4]],
    ['32 → 8', [32, 8]],
  ])('reads %s', (text, sizes) => {
    expect(parseEncoderSizes(text)).toEqual(sizes);
  });

  it.each(['', 'sixteen', '16, 0', '4.5'])('rejects %j', (text) => {
    expect(parseEncoderSizes(text)).toBeNull();
  });
});
