import { strToU8, zipSync } from 'fflate';
import { BUNDLE_FILES, type ModelBundle } from './bundleFormat';
import { modelJson, weightBytes } from './modelJson';
import { maintenanceJson } from './maintenanceJson';
import { bundleJson } from './recordsJson';

// Zip entry times must lie in 1980..2099 (DOS dates).
const ZIP_EARLIEST = Date.UTC(1980, 0, 1, 12);
const ZIP_LATEST = Date.UTC(2099, 11, 31);

/**
 * The "Download model" .zip: model.json + weights.bin (TF.js layers-model format, loadable with
 * `tf.loadLayersModel`), preprocessing.json, threshold.json, history.json, config.json and
 * bundle.json (format, version, app version, time, dataset), the reference errors as float32
 * little-endian, and maintenance.json when the model has maintenance windows. The same bundle gives the same bytes.
 * @throws RangeError when the weights do not hold the bytes their specs describe
 */
export function writeModelBundle(bundle: ModelBundle): Uint8Array {
  const { artifacts } = bundle;
  const expected = weightBytes(artifacts.weightSpecs);
  if (expected !== artifacts.weightData.byteLength) {
    throw new RangeError(`The weights hold ${artifacts.weightData.byteLength} bytes but their specs describe ${expected}.`);
  }
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  return zipSync(
    {
      [BUNDLE_FILES.info]: json(bundleJson(bundle.info)),
      [BUNDLE_FILES.model]: json(modelJson(artifacts)),
      [BUNDLE_FILES.weights]: new Uint8Array(artifacts.weightData),
      [BUNDLE_FILES.preprocessing]: json(bundle.preprocessing),
      [BUNDLE_FILES.threshold]: json({ value: bundle.threshold.value, rule: bundle.threshold.rule }),
      [BUNDLE_FILES.history]: json(bundle.history),
      [BUNDLE_FILES.config]: json(bundle.config),
      [BUNDLE_FILES.validationErrors]: littleEndianBytes(bundle.errors.validation),
      [BUNDLE_FILES.trainingErrors]: littleEndianBytes(bundle.errors.training),
      ...(bundle.maintenance?.length ? { [BUNDLE_FILES.maintenance]: json(maintenanceJson(bundle.maintenance)) } : {}),
    },
    { level: 6, mtime: Math.min(ZIP_LATEST, Math.max(ZIP_EARLIEST, bundle.info.createdAt)) },
  );
}

/** Float32 values as little-endian bytes, whatever the machine's byte order. */
function littleEndianBytes(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return bytes;
}
