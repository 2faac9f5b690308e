import type { StoredArtifacts } from '../../shared/training';
import { BundleError } from './bundleError';
import { BUNDLE_FILES } from './bundleFormat';
import { asObject, type JsonObject } from './jsonFields';
import { checkTopology } from './modelTopology';

type WeightSpec = StoredArtifacts['weightSpecs'][number];

const LAYERS_MODEL = 'layers-model';

// Bytes per value of each dtype tfjs stores in a weights file; 'string' has no fixed size.
const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8 };

/** model.json in the TF.js layers-model format, with one weights file: what `tf.loadLayersModel` reads. */
export function modelJson(artifacts: StoredArtifacts): object {
  return {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format ?? LAYERS_MODEL,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy ?? null,
    weightsManifest: [{ paths: [BUNDLE_FILES.weights], weights: artifacts.weightSpecs }],
  };
}

/** Bytes the weights of these specs occupy, or null when a dtype has no fixed size. */
export function weightBytes(specs: readonly WeightSpec[]): number | null {
  let total = 0;
  for (const { shape, dtype } of specs) {
    const size = DTYPE_BYTES[dtype];
    if (size === undefined) return null;
    total += shape.reduce((product, dim) => product * dim, 1) * size;
  }
  return total;
}

/**
 * The artifacts a model.json and its weight files describe, checked: a layers model whose topology
 * keeps to the app's limits (see checkTopology) and reads `inputWidth` values, a weights manifest of
 * known dtypes, and weight files that exist and hold exactly the bytes the specs need.
 * @param weightFile the bytes of a path in the manifest, or null when the bundle lacks it
 * @throws BundleError naming model.json or the weights file at fault
 */
export function readModelJson(json: unknown, weightFile: (path: string) => Uint8Array | null, inputWidth: number): StoredArtifacts {
  const entry = BUNDLE_FILES.model;
  const model = asObject(entry, json);
  const { modelTopology, format, generatedBy, convertedBy } = model;
  if (format !== undefined && format !== LAYERS_MODEL) throw new BundleError(entry, `holds a "${String(format)}", not a TF.js layers model`);
  if (typeof modelTopology !== 'object' || modelTopology === null || Array.isArray(modelTopology)) throw new BundleError(entry, 'has no model topology');
  if (generatedBy !== undefined && typeof generatedBy !== 'string') throw new BundleError(entry, 'has an invalid "generatedBy"');
  if (convertedBy !== undefined && convertedBy !== null && typeof convertedBy !== 'string') throw new BundleError(entry, 'has an invalid "convertedBy"');
  const manifest = model.weightsManifest;
  if (!Array.isArray(manifest) || manifest.length === 0) throw new BundleError(entry, 'has no weights manifest');
  const paths: string[] = [];
  const weightSpecs: WeightSpec[] = [];
  for (const group of manifest) {
    const { paths: groupPaths, weights } = asObject(entry, group);
    if (!Array.isArray(groupPaths) || groupPaths.length === 0 || !groupPaths.every((path) => typeof path === 'string')) {
      throw new BundleError(entry, 'lists a weights group without file paths');
    }
    if (!Array.isArray(weights)) throw new BundleError(entry, 'lists a weights group without weights');
    paths.push(...groupPaths);
    weightSpecs.push(...weights.map((spec) => readWeightSpec(asObject(entry, spec))));
  }
  checkTopology(modelTopology, weightSpecs, inputWidth);
  const weightData = joinWeightFiles(paths, weightFile);
  const expected = weightBytes(weightSpecs);
  if (expected !== weightData.byteLength) {
    const files = paths.join(' + ');
    throw new BundleError(files, `${paths.length === 1 ? 'holds' : 'hold'} ${weightData.byteLength} bytes but model.json describes ${expected} bytes of weights`);
  }
  return {
    modelTopology,
    weightSpecs,
    weightData,
    format: LAYERS_MODEL,
    ...(generatedBy === undefined ? {} : { generatedBy: generatedBy as string }),
    convertedBy: (convertedBy ?? null) as string | null,
  };
}

function readWeightSpec(spec: JsonObject): WeightSpec {
  const entry = BUNDLE_FILES.model;
  const { name, shape, dtype, quantization } = spec;
  if (typeof name !== 'string') throw new BundleError(entry, 'lists a weight without a name');
  if (!Array.isArray(shape) || !shape.every((dim) => Number.isInteger(dim) && dim >= 0)) throw new BundleError(entry, `gives weight "${name}" an invalid shape`);
  if (typeof dtype !== 'string' || DTYPE_BYTES[dtype] === undefined) throw new BundleError(entry, `gives weight "${name}" an unsupported type (${String(dtype)})`);
  if (quantization !== undefined) throw new BundleError(entry, `stores weight "${name}" quantized, which this app does not read`);
  return { name, shape: shape as number[], dtype: dtype as WeightSpec['dtype'] };
}

function joinWeightFiles(paths: readonly string[], weightFile: (path: string) => Uint8Array | null): ArrayBuffer {
  const parts = paths.map((path) => {
    const bytes = weightFile(path);
    if (bytes === null) throw new BundleError(path, 'is missing (model.json lists it as a weights file)');
    return bytes;
  });
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined.buffer;
}
