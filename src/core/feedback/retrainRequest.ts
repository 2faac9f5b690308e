import type { Dataset } from '../../shared/dataset';
import type { NotAnomalyMark } from '../../shared/feedback';
import type { PreprocessOptions } from '../../shared/preprocessing';
import type { BackendChoice, SavedModelMeta, TrainRequest } from '../../shared/training';

/**
 * The request that trains a model again as `meta` was trained, on `dataset`, with the marked rows
 * joining its training rows. Models saved before their options were kept are read back from their
 * preprocessing (a random split and leaving labelled rows out were not recorded: they fall back to
 * the defaults, chronological and unsupervised).
 */
export function retrainRequest(
  meta: Pick<SavedModelMeta, 'config' | 'preprocessing' | 'options'>,
  dataset: Pick<Dataset, 'labels'>,
  marks: readonly Pick<NotAnomalyMark, 'start' | 'end'>[],
  backend: BackendChoice,
): TrainRequest {
  const { preprocessing, config } = meta;
  const recorded: PreprocessOptions = meta.options ?? {
    features: preprocessing.features,
    context: preprocessing.context,
    window: preprocessing.window,
    stillness: preprocessing.stillness ?? false,
    seasonal: preprocessing.seasonal != null,
    validationSplit: config.validationSplit,
    seed: config.seed,
  };
  return {
    // Leaving labelled rows out needs labels this dataset may lack.
    preprocess: { ...recorded, excludeLabelled: recorded.excludeLabelled === true && dataset.labels !== null },
    config,
    backend,
    feedback: marks.map(({ start, end }) => ({ start, end })),
  };
}
