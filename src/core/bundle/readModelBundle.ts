import { unzipSync, type Unzipped } from 'fflate';
import { BundleError } from './bundleError';
import { BUNDLE_FILES, type ModelBundle } from './bundleFormat';
import { parseJsonEntry } from './jsonFields';
import { readModelJson, topologyInputWidth } from './modelJson';
import { readPreprocessing } from './preprocessingJson';
import { readConfig, readHistory, readInfo, readThreshold } from './recordsJson';

/** Refuse entries that would unpack to more than this (a zip bomb, or not our file). */
export const MAX_BUNDLE_ENTRY_BYTES = 256 * 1024 * 1024;

/**
 * Reads and checks a model bundle written by `writeModelBundle`: a readable zip, every file
 * present (at the top or in one folder, as re-zipping an unpacked bundle gives), our format and a
 * version this app reads, weights of exactly the size model.json describes, a consistent
 * preprocessing whose input width matches the model's, a threshold, history and settings.
 * @throws BundleError with a message for the user naming the file at fault
 */
export function readModelBundle(bytes: Uint8Array): ModelBundle {
  const entries = unzip(bytes);
  const folder = bundleFolder(entries);
  const entry = (name: string): Uint8Array | null => entries[folder + name] ?? null;
  const json = (name: string) => {
    const content = entry(name);
    if (content === null) throw new BundleError(name, `is missing${name === BUNDLE_FILES.info ? ': this is not a model downloaded from this app' : ''}`);
    return parseJsonEntry(name, content);
  };
  const info = readInfo(json(BUNDLE_FILES.info));
  const artifacts = readModelJson(json(BUNDLE_FILES.model), entry);
  const preprocessing = readPreprocessing(json(BUNDLE_FILES.preprocessing));
  const modelWidth = topologyInputWidth(artifacts.modelTopology);
  if (modelWidth !== null && modelWidth !== preprocessing.inputWidth) {
    throw new BundleError(BUNDLE_FILES.model, `describes a model that reads ${modelWidth} values per row, but preprocessing.json gives it ${preprocessing.inputWidth}`);
  }
  return {
    info,
    artifacts,
    preprocessing,
    threshold: readThreshold(json(BUNDLE_FILES.threshold)),
    history: readHistory(json(BUNDLE_FILES.history)),
    config: readConfig(json(BUNDLE_FILES.config)),
    errors: { validation: readErrors(BUNDLE_FILES.validationErrors, entry), training: readErrors(BUNDLE_FILES.trainingErrors, entry) },
  };
}

/** Optional float32 little-endian errors; absent means none were saved. */
function readErrors(name: string, entry: (name: string) => Uint8Array | null): Float32Array {
  const bytes = entry(name);
  if (bytes === null) return new Float32Array(0);
  if (bytes.byteLength % 4 !== 0) throw new BundleError(name, `holds ${bytes.byteLength} bytes, not a whole number of float32 values`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

function unzip(bytes: Uint8Array): Unzipped {
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_BUNDLE_ENTRY_BYTES) throw new BundleError(file.name, 'is too large to be part of a model bundle');
        // macOS adds resource forks when it zips a folder.
        return !file.name.startsWith('__MACOSX/') && !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError(null, 'the file is not a readable .zip file (it may be damaged or of another kind)', { cause: error });
  }
  if (Object.keys(entries).length === 0) throw new BundleError(null, 'the .zip file is empty');
  return entries;
}

// The folder ('' or 'name/') holding bundle.json, else model.json: a bundle unpacked and zipped again sits in one folder.
function bundleFolder(entries: Unzipped): string {
  for (const anchor of [BUNDLE_FILES.info, BUNDLE_FILES.model]) {
    const folders = Object.keys(entries)
      .filter((name) => name === anchor || (name.endsWith(`/${anchor}`) && name.indexOf('/') === name.length - anchor.length - 1))
      .map((name) => name.slice(0, name.length - anchor.length));
    if (folders.length > 1) throw new BundleError(anchor, 'appears more than once; the .zip should hold one model');
    if (folders.length === 1) return folders[0];
  }
  return '';
}
