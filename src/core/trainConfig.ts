import { ConfigError } from '../shared/errors';
import type { TrainConfig } from '../shared/model';

/**
 * The training defaults: epochs, rate and patience are the original tool's (Adam 1e-3, 10 epochs, patience 3).
 * [32, 8] and batch 256 by `npx tsx src/lab/measureDefaults.ts --months 2 --seeds 1,2,3,4,5 --window 1 --sizes 32,8 --batch 256`:
 * average precision 0.66 vs 0.42 for [16, 4] and 0.58 for batch 1024 (6 months: 0.75 vs 0.62); 10 epochs of big batches underfit.
 */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  encoderSizes: [32, 8],
  epochs: 10,
  batchSize: 256,
  learningRate: 1e-3,
  patience: 3,
  validationSplit: 0.2,
  seed: 1,
};

const MAX_EPOCHS = 1000;
const MAX_BATCH = 65_536;
/** The widest layer and the most encoder layers the Train panel builds (the decoder mirrors the encoder). */
export const MAX_LAYER = 1024;
export const MAX_LAYERS = 6;

const isInteger = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;

/**
 * Checks a training configuration and names every unusable field in one error.
 * @throws ConfigError
 */
export function validateTrainConfig(config: TrainConfig): TrainConfig {
  const problems: string[] = [];
  if (!isInteger(config.epochs, 1, MAX_EPOCHS)) problems.push(`Epochs must be a whole number from 1 to ${MAX_EPOCHS}.`);
  if (!isInteger(config.batchSize, 1, MAX_BATCH)) problems.push(`The batch size must be a whole number from 1 to ${MAX_BATCH.toLocaleString('en')}.`);
  if (!(config.learningRate > 0 && config.learningRate <= 1)) problems.push('The learning rate must be above 0 and at most 1 (e.g. 0.001).');
  if (!isInteger(config.patience, 1, MAX_EPOCHS)) problems.push('Patience must be a whole number of epochs, at least 1.');
  if (!(config.validationSplit >= 0 && config.validationSplit < 1)) problems.push('The validation share must be at least 0 and below 1 (e.g. 0.2 for 20 %).');
  if (!Number.isInteger(config.seed)) problems.push('The seed must be a whole number.');
  const sizes = config.encoderSizes;
  if (sizes.length < 1 || sizes.length > MAX_LAYERS || !sizes.every((size) => isInteger(size, 1, MAX_LAYER))) {
    problems.push(`The encoder needs 1 to ${MAX_LAYERS} layer sizes, each a whole number from 1 to ${MAX_LAYER} (e.g. 16, 4).`);
  }
  if (problems.length > 0) throw new ConfigError(problems, 'The training settings cannot be used');
  return config;
}

/**
 * Reads layer sizes typed as "32, 16, 4" (commas, spaces or arrows between them).
 * Returns null when any part is not a positive whole number.
 */
export function parseEncoderSizes(text: string): number[] | null {
  const parts = text.split(/[\s,;→>-]+/).filter((part) => part.length > 0);
  if (parts.length === 0) return null;
  const sizes = parts.map(Number);
  return sizes.every((size) => Number.isInteger(size) && size > 0) ? sizes : null;
}
