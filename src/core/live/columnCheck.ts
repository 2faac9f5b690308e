import { PROCESS_IDS } from '../../shared/generatorConfig';
import { cpuKey, processLabel, ramKey, SERVER_KEYS, serverLabel } from '../generator/columns';
import { liveError, type LiveMessageError } from './liveProblem';
import type { LiveRow } from './liveRow';

/** How a source's keys supply the model's feature columns. */
export interface ColumnMatch {
  /** Per feature, in the model's order, the source key that supplies it. */
  sources: string[];
  /** Features supplied under another name (`CPU` for `cpu`), for a note to the user. */
  renamed: { feature: string; key: string }[];
  /** Source keys the model does not read. */
  unused: string[];
}

/** A row or message that lacks columns the model was trained on. */
export interface MissingColumnsError extends LiveMessageError {
  kind: 'missing-columns';
  /** Feature keys no source key supplies. */
  missing: string[];
}

/** Labels of the generator's columns (`cpu` → `CPU %`, `web.cpu` → `Web server CPU %`), the names people write. */
const GENERATOR_LABELS: Readonly<Record<string, string>> = Object.fromEntries([
  ...SERVER_KEYS.map((key) => [key, serverLabel(key)]),
  ...PROCESS_IDS.flatMap((p) => [
    [cpuKey(p), processLabel(p, 'cpu')],
    [ramKey(p), processLabel(p, 'ram')],
  ]),
]);

/** The generator's label of a column key (`db.ram` → `Database RAM %`), or undefined for other keys. */
export function generatorLabel(key: string): string | undefined {
  return Object.hasOwn(GENERATOR_LABELS, key) ? GENERATOR_LABELS[key] : undefined;
}

/** Ways a source key may name a feature, tried in this order across all features: exact first. */
const STAGES: ((key: string, feature: string, label: string | undefined) => boolean)[] = [
  (key, feature) => key === feature,
  (key, feature) => key.trim().toLowerCase() === feature.toLowerCase(),
  (key, _, label) => label !== undefined && key.trim().toLowerCase() === label.toLowerCase(),
  (key, feature, label) => {
    const loose = squash(key.slice(key.lastIndexOf('/') + 1));
    return loose !== '' && (loose === squash(feature) || (label !== undefined && loose === squash(label)));
  },
];

/**
 * Matches a source's keys to the model's feature keys (Preprocessing.features): the exact key, else
 * the key in another case (`CPU`), else the column's label (`CPU %`, from `labels` or the generator's
 * own), else the same letters and digits ignoring punctuation and a `server/` prefix (`web_cpu`,
 * `server-1/CPU`). Each source key supplies one feature at most. Returns an error naming every
 * feature left without a source.
 */
export function matchColumns(
  keys: readonly string[],
  features: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): ColumnMatch | MissingColumnsError {
  const sources = new Array<string | undefined>(features.length);
  const used = new Set<string>();
  const labelOf = (feature: string): string | undefined => labels[feature] ?? GENERATOR_LABELS[feature];
  for (const stage of STAGES) {
    features.forEach((feature, f) => {
      if (sources[f] !== undefined) return;
      const key = keys.find((k) => !used.has(k) && stage(k, feature, labelOf(feature)));
      if (key === undefined) return;
      sources[f] = key;
      used.add(key);
    });
  }
  const missing = features.filter((_, f) => sources[f] === undefined);
  if (missing.length > 0) {
    const named = missing.map((key) => (labelOf(key) ? `${key} (${labelOf(key)})` : key));
    const sent = keys.length > 0 ? keys.join(', ') : 'no numeric field';
    const error = liveError(
      'missing-columns',
      `the live data has no column for ${named.join(', ')}; the model needs ${features.length === 1 ? 'the one column' : `all ${features.length} columns`} it was trained on, and the source sends: ${sent}.`,
      keys.join(', '),
    );
    return { ...error, kind: 'missing-columns', missing };
  }
  const matched = sources as string[];
  return {
    sources: matched,
    renamed: features.flatMap((feature, f) => (matched[f] === feature ? [] : [{ feature, key: matched[f] }])),
    unused: keys.filter((k) => !used.has(k)),
  };
}

/**
 * Puts rows into the model's column keys, matching each distinct set of source keys once (a source
 * usually sends the same keys every time, so the match is cached by them).
 */
export class ColumnMapper {
  private readonly cache = new Map<string, ColumnMatch | MissingColumnsError>();

  constructor(
    readonly features: readonly string[],
    private readonly labels: Readonly<Record<string, string>> = {},
  ) {}

  /** The match for a set of source keys. */
  match(keys: readonly string[]): ColumnMatch | MissingColumnsError {
    const signature = keys.join('\u0000');
    let found = this.cache.get(signature);
    if (found === undefined) {
      // A source that sends ever-new keys must not grow the cache without bound.
      if (this.cache.size >= 64) this.cache.clear();
      found = matchColumns(keys, this.features, this.labels);
      this.cache.set(signature, found);
    }
    return found;
  }

  /** The row with exactly the model's features as keys, or the error naming what it lacks. */
  map(row: LiveRow): LiveRow | MissingColumnsError {
    const found = this.match(Object.keys(row.values));
    if ('kind' in found) return found;
    const values: Record<string, number> = {};
    this.features.forEach((feature, f) => {
      values[feature] = row.values[found.sources[f]];
    });
    return row.label === undefined ? { timestamp: row.timestamp, values } : { timestamp: row.timestamp, values, label: row.label };
  }
}

/** Lower-case letters and digits only: `Web_CPU %` → `webcpu`. */
function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
