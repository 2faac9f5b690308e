import type { AnomalyEvent } from '../shared/anomaly';
import type { DatasetMeta } from '../shared/dataset';
import {
  allOf,
  count,
  describeIssue,
  flag,
  kindOf,
  listOf,
  nonNegative,
  nullable,
  object,
  oneOf,
  optional,
  shape,
  text,
  time,
  withArticle,
  type Rule,
} from './recordChecks';
import { recordName, versionProblem, type MetaCheck } from './metaRecords';
import { formatRecordCount } from './storageProblem';

/**
 * Bump when a record's shape changes, and teach the readers to upgrade older records.
 * 2: the data record says whether a `missing` array (forward-filled rows) is stored.
 */
export const DATASET_SCHEMA_VERSION = 2;
/** Records this version reads; older ones are upgraded as they load. */
type ReadableVersion = 1 | typeof DATASET_SCHEMA_VERSION;

/** What the list needs: small, so listing never touches the columns. */
export interface DatasetMetaRecord {
  version: ReadableVersion;
  meta: DatasetMeta;
}

/** The small part of a dataset's data, stored under the dataset's id next to one record per array. */
export interface DatasetDataRecord {
  version: ReadableVersion;
  columns: { key: string; label: string }[];
  hasLabels: boolean;
  /** Since version 2; absent in version 1, which had no missing rows. */
  hasMissing?: boolean;
  events: AnomalyEvent[];
}

/**
 * Each array is its own record: IndexedDB clones a value on the main thread inside `put`, so one
 * 35 MB record would block the page for a long task while column-sized records stay short.
 */
export const arrayKey = {
  timestamps: (id: string) => `${id}#timestamps`,
  labels: (id: string) => `${id}#labels`,
  missing: (id: string) => `${id}#missing`,
  column: (id: string, index: number) => `${id}#column:${index}`,
};

/** Every key the data store holds for a dataset. */
export function dataKeys(id: string, columnCount: number): string[] {
  return [id, arrayKey.timestamps(id), arrayKey.labels(id), arrayKey.missing(id), ...Array.from({ length: columnCount }, (_, i) => arrayKey.column(id, i))];
}

/** The dataset id a data-store key belongs to. */
export function dataKeyOwner(key: string): string {
  const hash = key.indexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}

/** The keys a dataset's data record says must exist, each with what it holds in words. */
export function requiredDataKeys(id: string, header: DatasetDataRecord): [string, string][] {
  return [
    [arrayKey.timestamps(id), 'its timestamps'],
    ...header.columns.map((column, i): [string, string] => [arrayKey.column(id, i), `column ${column.key}`]),
    ...(header.hasLabels ? [[arrayKey.labels(id), 'its labels'] as [string, string]] : []),
    ...(header.hasMissing ? [[arrayKey.missing(id), 'its filled-row flags'] as [string, string]] : []),
  ];
}

/** True for a record version this app reads. */
export function readableDatasetVersion(version: unknown): boolean {
  return version === 1 || version === DATASET_SCHEMA_VERSION;
}

const REPORT: Rule = shape({
  fileName: text,
  format: text,
  bytesRead: nonNegative,
  rowsRead: count,
  rowsImported: count,
  skipped: shape({ count, examples: listOf(shape({ line: count, reason: text })) }),
  duplicatesDropped: count,
  intervalMs: nonNegative,
  gaps: shape({ count, missingRows: count, longest: nullable(shape({ start: time, end: time })) }),
  filledRows: count,
  alignedRows: count,
  labels: nullable(shape({ source: text, labelledRows: count, events: count })),
});

const META: Rule = shape({
  id: text,
  name: text,
  source: oneOf('generated', 'upload', 'live'),
  createdAt: time,
  rowCount: count,
  columnKeys: listOf(text),
  start: time,
  end: time,
  intervalMs: nonNegative,
  sizeBytes: nonNegative,
  eventCount: count,
  hasLabels: flag,
  config: optional(object),
  report: optional(REPORT),
});

const EVENT: Rule = shape({ type: text, start: time, end: time, startIndex: count, endIndex: count, process: text, metrics: listOf(text) });

/** Checks a dataset's meta record as stored under `key`. */
export function checkDatasetMeta(key: string, record: unknown): MetaCheck<DatasetMeta> {
  const name = recordName(record);
  const broken = (problem: string): MetaCheck<DatasetMeta> => ({ problem, name });
  const notObject = object(record);
  if (notObject) return broken(describeIssue(notObject, 'its meta record'));
  const version = versionProblem(record, readableDatasetVersion);
  if (version) return broken(version);
  const issue = META((record as { meta: unknown }).meta);
  if (issue) return broken(describeIssue({ at: ['meta', ...issue.at], what: issue.what }));
  const meta = (record as DatasetMetaRecord).meta;
  if (meta.id !== key) return broken(`its meta record is stored under “${key}” but names the id “${meta.id}”`);
  return { meta };
}

/** What is wrong with a dataset's data record given its meta, or null. */
export function datasetHeaderProblem(record: unknown, meta: DatasetMeta): string | null {
  if (record === undefined) return 'its data record is missing';
  const version = versionProblem(record, readableDatasetVersion);
  if (version) return version.replace('its record', 'its data record');
  const header = record as DatasetDataRecord;
  const rule = shape({
    columns: listOf(shape({ key: text, label: text })),
    hasLabels: flag,
    hasMissing: header.version === 1 ? optional(flag) : flag,
    events: listOf(allOf(EVENT, (event) => ((event as AnomalyEvent).endIndex < meta.rowCount ? null : { at: ['endIndex'], what: `is past the dataset's ${formatRecordCount(meta.rowCount)} rows` }))),
  });
  const issue = rule(record);
  if (issue) return describeIssue(issue, 'its data record');
  const keys = header.columns.map((column) => column.key);
  if (keys.length !== meta.columnKeys.length || keys.some((key, i) => key !== meta.columnKeys[i])) {
    return `its data record lists the columns ${keys.join(', ') || '(none)'}, the dataset lists ${meta.columnKeys.join(', ') || '(none)'}`;
  }
  return null;
}

/** "its timestamps are missing", "column cpu is missing". */
export function missingProblem(what: string): string {
  return `${what} ${what.startsWith('its ') ? 'are' : 'is'} missing`;
}

/** A typed array type the dataset stores. */
export type ArrayType = Float64ArrayConstructor | Float32ArrayConstructor | Uint8ArrayConstructor;

/** What is wrong with one stored array of a dataset of `rows` rows, or null: "column cpu has 7 values, the dataset has 89,280 rows". */
export function arrayProblem(value: unknown, type: ArrayType, rows: number, what: string): string | null {
  // "its timestamps are", "column cpu is".
  const plural = what.startsWith('its ');
  if (value === undefined) return missingProblem(what);
  if (!(value instanceof type)) return `${what} ${plural ? 'are' : 'is'} stored as ${kindOf(value)}, not as ${withArticle(type.name)}`;
  if (value.length !== rows) return `${what} ${plural ? 'have' : 'has'} ${formatRecordCount(value.length)} values, the dataset has ${formatRecordCount(rows)} rows`;
  return null;
}
