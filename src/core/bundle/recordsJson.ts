import type { TrainConfig, TrainHistory } from '../../shared/model';
import { ConfigError } from '../../shared/errors';
import { validateTrainConfig } from '../trainConfig';
import { BundleError } from './bundleError';
import { BUNDLE_FILES, BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInfo, type BundleJson, type BundleThreshold } from './bundleFormat';
import { asObject, booleanField, integerField, numberField, numberListField, stringField } from './jsonFields';

/** bundle.json as written for `info`. */
export function bundleJson(info: BundleInfo): BundleJson {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    appVersion: info.appVersion,
    createdAt: new Date(info.createdAt).toISOString(),
    datasetName: info.datasetName,
    ...(info.modelName === undefined ? {} : { modelName: info.modelName }),
  };
}

/**
 * bundle.json, checked first: our format, a version this app reads, and where the model came from.
 * @throws BundleError naming bundle.json and what is wrong
 */
export function readInfo(json: unknown): BundleInfo {
  const entry = BUNDLE_FILES.info;
  const record = asObject(entry, json);
  if (record.format !== BUNDLE_FORMAT) throw new BundleError(entry, 'does not describe a model bundle of this app');
  const version = integerField(entry, record, 'formatVersion', 1);
  if (version > BUNDLE_VERSION) {
    throw new BundleError(entry, `says format version ${version}, written by a newer version of the app; this one reads up to version ${BUNDLE_VERSION}`);
  }
  const createdAt = Date.parse(stringField(entry, record, 'createdAt'));
  if (!Number.isFinite(createdAt)) throw new BundleError(entry, 'has no valid "createdAt" (expected an ISO 8601 time)');
  const modelName = record.modelName === undefined ? undefined : stringField(entry, record, 'modelName');
  return {
    appVersion: stringField(entry, record, 'appVersion'),
    createdAt,
    datasetName: stringField(entry, record, 'datasetName'),
    ...(modelName === undefined ? {} : { modelName }),
  };
}

/** threshold.json, checked: a finite value and a rule (any JSON, checked by the detection code). */
export function readThreshold(json: unknown): BundleThreshold {
  const entry = BUNDLE_FILES.threshold;
  const record = asObject(entry, json);
  if (!('rule' in record)) throw new BundleError(entry, 'has no "rule"');
  return { value: numberField(entry, record, 'value'), rule: record.rule };
}

/** history.json, checked; null numbers (how JSON writes NaN, e.g. a diverged loss) read as NaN. */
export function readHistory(json: unknown): TrainHistory {
  const entry = BUNDLE_FILES.history;
  const record = asObject(entry, json);
  return {
    loss: numberListField(entry, record, 'loss', true),
    valLoss: numberListField(entry, record, 'valLoss', true),
    bestEpoch: integerField(entry, record, 'bestEpoch', -1),
    stoppedEarly: booleanField(entry, record, 'stoppedEarly'),
    seconds: numberField(entry, record, 'seconds', true),
    samplesPerSecond: numberField(entry, record, 'samplesPerSecond', true),
    epochSeconds: numberListField(entry, record, 'epochSeconds', true),
    trainRows: integerField(entry, record, 'trainRows', 0),
    backend: stringField(entry, record, 'backend'),
    // Bundles saved before convergence time and threads were recorded lack these two.
    ...(record.bestSeconds === undefined ? {} : { bestSeconds: numberField(entry, record, 'bestSeconds') }),
    ...(record.threads === undefined ? {} : { threads: integerField(entry, record, 'threads', 1) }),
  };
}

/**
 * config.json, checked field by field and then by the training settings' own rules.
 * @throws BundleError naming config.json and every unusable setting
 */
export function readConfig(json: unknown): TrainConfig {
  const entry = BUNDLE_FILES.config;
  const record = asObject(entry, json);
  const config: TrainConfig = {
    encoderSizes: numberListField(entry, record, 'encoderSizes'),
    epochs: numberField(entry, record, 'epochs'),
    batchSize: numberField(entry, record, 'batchSize'),
    learningRate: numberField(entry, record, 'learningRate'),
    patience: numberField(entry, record, 'patience'),
    validationSplit: numberField(entry, record, 'validationSplit'),
    seed: numberField(entry, record, 'seed'),
  };
  try {
    return validateTrainConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) throw new BundleError(entry, `holds unusable settings: ${error.problems.join(' ')}`, { cause: error });
    throw error;
  }
}
