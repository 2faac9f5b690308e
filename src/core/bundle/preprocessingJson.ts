import { CONTEXT_WIDTH, inputWidth, PREPROCESSING_VERSION, type Preprocessing } from '../../shared/preprocessing';
import { BundleError } from './bundleError';
import { BUNDLE_FILES } from './bundleFormat';
import { asObject, booleanField, integerField, numberListField, stringListField } from './jsonFields';

/**
 * preprocessing.json, checked: its version, features, a min and a max per feature with max > min,
 * and an input width that matches features × window (+ context).
 * @throws BundleError naming preprocessing.json and what is wrong
 */
export function readPreprocessing(json: unknown): Preprocessing {
  const entry = BUNDLE_FILES.preprocessing;
  const record = asObject(entry, json);
  if (record.version !== PREPROCESSING_VERSION) {
    throw new BundleError(entry, `has format version ${String(record.version)}; this app reads version ${PREPROCESSING_VERSION}`);
  }
  const features = stringListField(entry, record, 'features');
  if (features.length === 0) throw new BundleError(entry, 'lists no features');
  const repeated = features.find((key, index) => features.indexOf(key) !== index);
  if (repeated !== undefined) throw new BundleError(entry, `lists the feature "${repeated}" twice`);
  const min = numberListField(entry, record, 'min');
  const max = numberListField(entry, record, 'max');
  if (min.length !== features.length) throw new BundleError(entry, `has ${min.length} minimums for ${features.length} features`);
  if (max.length !== features.length) throw new BundleError(entry, `has ${max.length} maximums for ${features.length} features`);
  const flat = features.find((_, f) => !(max[f] > min[f]));
  if (flat !== undefined) throw new BundleError(entry, `gives feature "${flat}" a maximum that is not above its minimum`);
  const context = booleanField(entry, record, 'context');
  // Written only by versions that know it; absent means off.
  const stillness = record.stillness === undefined ? false : booleanField(entry, record, 'stillness');
  const window = integerField(entry, record, 'window', 1);
  const width = integerField(entry, record, 'inputWidth', 1);
  const expected = inputWidth(features.length, window, context, stillness);
  if (width !== expected) {
    const parts = `${features.length} features × window ${window}${stillness ? ' + 1 unchanged-metrics value' : ''}${context ? ` + ${CONTEXT_WIDTH} context values` : ''}`;
    throw new BundleError(entry, `gives an input width of ${width}, but ${parts} make ${expected}`);
  }
  return { version: PREPROCESSING_VERSION, features, min, max, context, window, stillness, inputWidth: width };
}
