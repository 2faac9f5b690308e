import { resolveOptions, DEFAULT_SEASONAL, DEFAULT_STILLNESS, DEFAULT_WINDOW, hasRealTimestamps } from '../core/preprocess/options';
import { DEFAULT_TRAIN_CONFIG, validateTrainConfig } from '../core/trainConfig';
import type { Dataset } from '../shared/dataset';
import { ConfigError } from '../shared/errors';
import type { TrainConfig } from '../shared/model';
import type { BackendChoice, TrainRequest } from '../shared/training';

/** The Train panel's form: model and training settings, which metrics to leave out, and the backend. */
export interface TrainSettings {
  config: TrainConfig;
  /** Metric keys the user unticked; every other column of the dataset is a feature, so new datasets train on all. */
  excludedFeatures: string[];
  /** Time-of-day and day-of-week features; null follows the dataset (on when its timestamps are real). */
  context: boolean | null;
  window: number;
  /** The share of metrics unchanged over the last rows as one more input (catches frozen values). */
  stillness: boolean;
  /** Subtract each metric's usual level at its time of day or week before the model reads it. */
  seasonal: boolean;
  chronological: boolean;
  excludeLabelled: boolean;
  backend: BackendChoice;
}

export const DEFAULT_TRAIN_SETTINGS: TrainSettings = {
  config: DEFAULT_TRAIN_CONFIG,
  excludedFeatures: [],
  context: null,
  window: DEFAULT_WINDOW,
  stillness: DEFAULT_STILLNESS,
  seasonal: DEFAULT_SEASONAL,
  chronological: true,
  excludeLabelled: false,
  backend: 'auto',
};

const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

/** Whether the context features are on for this dataset. */
export function contextEnabled(settings: TrainSettings, dataset: Dataset): boolean {
  return settings.context ?? hasRealTimestamps(dataset);
}

/** The request the training worker gets for these settings and this dataset. */
export function trainRequest(settings: TrainSettings, dataset: Dataset): TrainRequest {
  const excluded = new Set(settings.excludedFeatures);
  return {
    preprocess: {
      features: dataset.columns.map((column) => column.key).filter((key) => !excluded.has(key)),
      context: contextEnabled(settings, dataset),
      window: settings.window,
      stillness: settings.stillness,
      seasonal: settings.seasonal,
      validationSplit: settings.config.validationSplit,
      chronological: settings.chronological,
      seed: settings.config.seed,
      excludeLabelled: settings.excludeLabelled && dataset.labels !== null,
    },
    config: settings.config,
    backend: settings.backend,
  };
}

/** Every reason these settings cannot train on this dataset, one sentence each; empty when they can. */
export function trainProblems(settings: TrainSettings, dataset: Dataset | null): string[] {
  if (!dataset) return ['Open or generate a dataset to train on.'];
  const problems: string[] = [];
  const request = trainRequest(settings, dataset);
  for (const check of [() => validateTrainConfig(settings.config), () => resolveOptions(dataset, request.preprocess)]) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  return problems;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings remembered from an earlier visit, field by field: anything missing or of the wrong type
 * takes its default, so an older or damaged record never blocks the panel.
 */
export function restoreTrainSettings(raw: unknown): TrainSettings {
  if (!isRecord(raw)) return DEFAULT_TRAIN_SETTINGS;
  const defaults = DEFAULT_TRAIN_SETTINGS;
  const pick = <T>(value: unknown, fallback: T, ok: (v: unknown) => boolean): T => (ok(value) ? (value as T) : fallback);
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const rawConfig = isRecord(raw.config) ? raw.config : {};
  const config: TrainConfig = {
    encoderSizes: pick(rawConfig.encoderSizes, defaults.config.encoderSizes, (v) => Array.isArray(v) && v.every(isNumber)),
    epochs: pick(rawConfig.epochs, defaults.config.epochs, isNumber),
    batchSize: pick(rawConfig.batchSize, defaults.config.batchSize, isNumber),
    learningRate: pick(rawConfig.learningRate, defaults.config.learningRate, isNumber),
    patience: pick(rawConfig.patience, defaults.config.patience, isNumber),
    validationSplit: pick(rawConfig.validationSplit, defaults.config.validationSplit, isNumber),
    seed: pick(rawConfig.seed, defaults.config.seed, isNumber),
  };
  return {
    config,
    excludedFeatures: pick(raw.excludedFeatures, defaults.excludedFeatures, (v) => Array.isArray(v) && v.every((k) => typeof k === 'string')),
    context: pick(raw.context, defaults.context, (v) => v === null || typeof v === 'boolean'),
    window: pick(raw.window, defaults.window, isNumber),
    stillness: pick(raw.stillness, defaults.stillness, (v) => typeof v === 'boolean'),
    seasonal: pick(raw.seasonal, defaults.seasonal, (v) => typeof v === 'boolean'),
    chronological: pick(raw.chronological, defaults.chronological, (v) => typeof v === 'boolean'),
    excludeLabelled: pick(raw.excludeLabelled, defaults.excludeLabelled, (v) => typeof v === 'boolean'),
    backend: pick(raw.backend, defaults.backend, (v) => BACKEND_CHOICES.includes(v as BackendChoice)),
  };
}
