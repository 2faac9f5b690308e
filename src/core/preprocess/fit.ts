import type { Dataset } from '../../shared/dataset';
import { ConfigError } from '../../shared/errors';
import { inputWidth, PREPROCESSING_VERSION, type Preprocessing, type PreprocessOptions } from '../../shared/preprocessing';
import { buildMatrix, type RowMatrix } from './matrix';
import { resolveOptions } from './options';
import { fitScaler } from './scaler';
import { fitSeasonalMedians } from './seasonal';
import { splitRows, type RowSplit } from './split';

/** The fitted preprocessing and the model input it produces for training and validation. */
export interface PreparedData {
  preprocessing: Preprocessing;
  train: RowMatrix;
  validation: RowMatrix;
  excluded: RowSplit['excluded'];
  incompleteWindows: RowSplit['incompleteWindows'];
}

/**
 * Chooses the rows (splitRows), fits the scaler on the training rows only (fitScaler) and builds
 * both matrices (buildMatrix): the original tool's preprocessing, plus context and windows.
 * @throws ConfigError when the options do not fit the dataset or no row is left to train on.
 */
export function fitPreprocessing(dataset: Dataset, options: PreprocessOptions = {}): PreparedData {
  const resolved = resolveOptions(dataset, options);
  const split = splitRows(dataset, resolved);
  if (split.train.length === 0) {
    throw new ConfigError(['No row is left to train on: every row is missing, excluded or too close to a gap for the window.'],
      'The training data cannot be prepared');
  }
  const seasonal = resolved.seasonal ? fitSeasonalMedians(dataset, resolved.features, split.train, split.validation) : null;
  const { min, max } = fitScaler(dataset, resolved.features, split.train, seasonal);
  const preprocessing: Preprocessing = {
    version: PREPROCESSING_VERSION,
    features: [...resolved.features],
    min,
    max,
    context: resolved.context,
    window: resolved.window,
    stillness: resolved.stillness,
    inputWidth: inputWidth(resolved.features.length, resolved.window, resolved.context, resolved.stillness),
    ...(seasonal ? { seasonal } : {}),
  };
  return {
    preprocessing,
    train: buildMatrix(dataset, preprocessing, split.train),
    validation: buildMatrix(dataset, preprocessing, split.validation),
    excluded: split.excluded,
    incompleteWindows: split.incompleteWindows,
  };
}
