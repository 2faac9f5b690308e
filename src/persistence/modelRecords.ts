import type { BaselineProfile } from '../shared/baselines';
import { inputWidth, PREPROCESSING_VERSION, type Preprocessing } from '../shared/preprocessing';
import type { ErrorProfile, SavedModelMeta, StoredArtifacts } from '../shared/training';
import { maintenanceWindowProblem } from '../core/feedback/maintenance';
import { recordName, versionProblem, type MetaCheck } from './metaRecords';
import {
  allOf,
  count,
  describeIssue,
  finite,
  flag,
  instanceOf,
  listOf,
  nonNegative,
  nullable,
  number,
  object,
  oneOf,
  optional,
  positiveCount,
  shape,
  text,
  time,
  type Rule,
} from './recordChecks';
import { formatRecordCount } from './storageProblem';

/** Bump when a record's shape changes, and teach the readers to upgrade older records. */
export const MODEL_SCHEMA_VERSION = 1;

/** The list's record: small, so listing never reads weights. */
export interface ModelMetaRecord {
  version: typeof MODEL_SCHEMA_VERSION;
  meta: SavedModelMeta;
}

/** The weights and topology, and the errors thresholds are computed from, stored under the model's id. */
export interface ModelArtifactsRecord {
  version: typeof MODEL_SCHEMA_VERSION;
  artifacts: StoredArtifacts;
  errors: ErrorProfile;
  /** Absent for an imported model: bundles carry no baselines. */
  baselines?: BaselineProfile;
}

/** True for a record version this app reads. */
export function readableModelVersion(version: unknown): boolean {
  return version === MODEL_SCHEMA_VERSION;
}

const SEASONAL_MEDIANS: Rule = shape({ periodMs: nonNegative, slotMs: nonNegative, medians: listOf(nullable(listOf(number))) });
const SEASONAL_SCALES: Rule = shape({ periodMs: nonNegative, slotMs: nonNegative, scales: listOf(number) });

const PREPROCESSING: Rule = allOf(
  shape({
    version: oneOf(PREPROCESSING_VERSION),
    features: listOf(text),
    min: listOf(finite),
    max: listOf(finite),
    context: flag,
    window: positiveCount,
    stillness: optional(flag),
    inputWidth: positiveCount,
    seasonal: optional(nullable(SEASONAL_MEDIANS)),
    scoring: optional(shape({ scales: listOf(number), seasonal: nullable(SEASONAL_SCALES), smoothRows: positiveCount, errorUnit: optional(oneOf('absolute', 'squared')) })),
  }),
  (value) => {
    const p = value as Preprocessing;
    if (p.min.length !== p.features.length || p.max.length !== p.features.length) return { at: ['min'], what: `and max do not have one value per feature (${p.features.length})` };
    const width = inputWidth(p.features.length, p.window, p.context, p.stillness ?? false);
    return p.inputWidth === width ? null : { at: ['inputWidth'], what: `is ${p.inputWidth}, but its features, window and extras make ${width}` };
  },
);

const META: Rule = shape({
  id: text,
  name: text,
  createdAt: time,
  datasetId: text,
  datasetName: text,
  config: shape({ encoderSizes: listOf(positiveCount), epochs: count, batchSize: positiveCount, learningRate: finite, patience: count, validationSplit: finite, seed: finite }),
  preprocessing: PREPROCESSING,
  history: shape({
    loss: listOf(number),
    valLoss: listOf(number),
    bestEpoch: allOf(number, (v) => (Number.isInteger(v) && (v as number) >= -1 ? null : { at: [], what: 'is not an epoch' })),
    stoppedEarly: flag,
    seconds: number,
    samplesPerSecond: number,
    // Models saved before step timings existed lack these two; they read as unknown.
    epochSeconds: optional(listOf(number)),
    trainRows: optional(count),
    backend: text,
    // Models saved before convergence time and threads were recorded lack these two.
    bestSeconds: optional(number),
    threads: optional(positiveCount),
  }),
  backend: oneOf('webgl', 'wasm', 'cpu'),
  threshold: optional(shape({ value: number })),
  // Models saved before feedback existed lack these three.
  maintenance: optional(listOf((value) => {
    const problem = maintenanceWindowProblem(value);
    return problem ? { at: [], what: `is ${problem}` } : null;
  })),
  feedbackRows: optional(count),
  options: optional(object),
});

/** Checks a model's meta record as stored under `key`, upgrading what older versions lacked. */
export function checkModelMeta(key: string, record: unknown): MetaCheck<SavedModelMeta> {
  const name = recordName(record);
  const notObject = object(record);
  if (notObject) return { problem: describeIssue(notObject, 'its meta record'), name };
  const version = versionProblem(record, readableModelVersion);
  if (version) return { problem: version, name };
  const issue = META((record as { meta: unknown }).meta);
  if (issue) return { problem: describeIssue({ at: ['meta', ...issue.at], what: issue.what }), name };
  const meta = (record as ModelMetaRecord).meta;
  if (meta.id !== key) return { problem: `its meta record is stored under “${key}” but names the id “${meta.id}”`, name };
  return { meta: { ...meta, history: { ...meta.history, epochSeconds: meta.history.epochSeconds ?? [], trainRows: meta.history.trainRows ?? 0 } } };
}

const F32 = instanceOf(Float32Array);
const F64 = instanceOf(Float64Array);
const BYTES_PER_VALUE: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8 };

const ARTIFACTS: Rule = shape({
  artifacts: shape({
    modelTopology: object,
    weightSpecs: listOf(shape({ name: text, shape: listOf(count), dtype: oneOf('float32', 'int32', 'bool', 'string', 'complex64') })),
    weightData: instanceOf(ArrayBuffer),
  }),
  errors: shape({ validation: F32, training: F32 }),
  baselines: optional(
    shape({
      pca: shape({ cols: count, mean: F64, directions: F64, componentCount: count, variances: F64, explained: number, rows: count }),
      pcaReference: F32,
      zWindow: positiveCount,
      zReference: F32,
      pcaScoring: optional(object),
      zSmoothRows: optional(positiveCount),
    }),
  ),
});

/** What is wrong with a model's artifacts record given its meta, or null. */
export function modelArtifactsProblem(record: unknown, meta: SavedModelMeta): string | null {
  if (record === undefined) return 'its weights are missing';
  const version = versionProblem(record, readableModelVersion);
  if (version) return version.replace('its record', 'its weights record');
  const issue = ARTIFACTS(record);
  if (issue) return describeIssue(issue, 'its weights record');
  const { artifacts, baselines } = record as ModelArtifactsRecord;
  const specs = artifacts.weightSpecs;
  if (specs.every((spec) => spec.dtype in BYTES_PER_VALUE)) {
    const needed = specs.reduce((sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1) * BYTES_PER_VALUE[spec.dtype], 0);
    const held = artifacts.weightData.byteLength;
    if (needed !== held) return `its weights hold ${formatRecordCount(held)} bytes, its layers need ${formatRecordCount(needed)}`;
  }
  const firstKernel = specs.find((spec) => spec.shape.length === 2);
  const width = meta.preprocessing.inputWidth;
  if (firstKernel && firstKernel.shape[0] !== width) return `its first layer reads ${firstKernel.shape[0]} inputs, its preprocessing makes ${width}`;
  const pca = baselines?.pca;
  if (pca && (pca.mean.length !== pca.cols || pca.directions.length !== pca.cols * pca.cols)) return `its PCA baseline does not match its ${pca.cols} columns`;
  return null;
}
