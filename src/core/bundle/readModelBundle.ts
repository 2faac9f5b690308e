import { BundleError } from './bundleError';
import { BUNDLE_FILES, type ModelBundle } from './bundleFormat';
import { parseJsonEntry } from './jsonFields';
import { readMaintenance } from './maintenanceJson';
import { readModelJson } from './modelJson';
import { readPreprocessing } from './preprocessingJson';
import { readConfig, readHistory, readInfo, readThreshold } from './recordsJson';
import { unzipBundle } from './unzipBundle';

/**
 * Reads and checks a model bundle written by `writeModelBundle`: a zip within the size budget whose
 * every file matches its checksum (see unzipBundle), every file present (at the top or in one
 * folder, as re-zipping an unpacked bundle gives), our format and a version this app reads, a
 * consistent preprocessing, a model within the app's limits that reads as many values as the
 * preprocessing gives (see checkTopology), weights of exactly the size model.json describes, a
 * threshold, history and settings, and maintenance windows when it has any.
 * @param fileName the .zip's name, for the message
 * @throws BundleError with a message for the user naming the file at fault
 */
export function readModelBundle(bytes: Uint8Array, fileName?: string): ModelBundle {
  try {
    return readEntries(unzipBundle(bytes));
  } catch (error) {
    if (error instanceof BundleError && fileName !== undefined) throw error.inFile(fileName);
    throw error;
  }
}

function readEntries(entries: Map<string, Uint8Array>): ModelBundle {
  const folder = bundleFolder(entries);
  const entry = (name: string): Uint8Array | null => entries.get(folder + name) ?? null;
  const json = (name: string) => {
    const content = entry(name);
    if (content === null) throw new BundleError(name, `is missing${name === BUNDLE_FILES.info ? ': this is not a model downloaded from this app' : ''}`);
    return parseJsonEntry(name, content);
  };
  const info = readInfo(json(BUNDLE_FILES.info));
  const preprocessing = readPreprocessing(json(BUNDLE_FILES.preprocessing));
  const artifacts = readModelJson(json(BUNDLE_FILES.model), entry, preprocessing.inputWidth);
  return {
    info,
    artifacts,
    preprocessing,
    threshold: readThreshold(json(BUNDLE_FILES.threshold)),
    history: readHistory(json(BUNDLE_FILES.history)),
    config: readConfig(json(BUNDLE_FILES.config)),
    errors: { validation: readErrors(BUNDLE_FILES.validationErrors, entry), training: readErrors(BUNDLE_FILES.trainingErrors, entry) },
    ...maintenanceOf(entry(BUNDLE_FILES.maintenance) === null ? null : json(BUNDLE_FILES.maintenance)),
  };
}

/** The maintenance windows, when the bundle has any: older bundles and models without windows have no maintenance.json. */
function maintenanceOf(json: unknown): Pick<ModelBundle, 'maintenance'> {
  const windows = readMaintenance(json);
  return windows.length > 0 ? { maintenance: windows } : {};
}

/** Optional float32 little-endian errors; absent means none were saved. */
function readErrors(name: string, entry: (name: string) => Uint8Array | null): Float32Array {
  const bytes = entry(name);
  if (bytes === null) return new Float32Array(0);
  if (bytes.byteLength % 4 !== 0) throw new BundleError(name, `holds ${bytes.byteLength} bytes, not a whole number of float32 values`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

// The folder ('' or 'name/') holding bundle.json, else model.json: a bundle unpacked and zipped again sits in one folder.
function bundleFolder(entries: Map<string, Uint8Array>): string {
  for (const anchor of [BUNDLE_FILES.info, BUNDLE_FILES.model]) {
    const folders = [...entries.keys()]
      .filter((name) => name === anchor || (name.endsWith(`/${anchor}`) && name.indexOf('/') === name.length - anchor.length - 1))
      .map((name) => name.slice(0, name.length - anchor.length));
    if (folders.length > 1) throw new BundleError(anchor, 'appears more than once; the .zip should hold one model');
    if (folders.length === 1) return folders[0];
  }
  return '';
}
