import { CONTEXT_WIDTH, inputWidth, PREPROCESSING_VERSION, type Preprocessing, type RangeRuleSpec, type ScoreProfile, type SeasonalMedians } from '../../shared/preprocessing';
import { contributionGroups } from '../detection/contributions';
import { MAX_RANGE_LAG_DAYS } from '../detection/rangeRule';
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
  const base: Preprocessing = { version: PREPROCESSING_VERSION, features, min, max, context, window, stillness, inputWidth: width };
  // Written only by versions that know them; absent, values are read as they are and scored by plain mean squared error, as they were.
  const seasonal = record.seasonal === undefined || record.seasonal === null ? null : readSeasonalMedians(record.seasonal, features.length);
  const withSeasons = seasonal ? { ...base, seasonal } : base;
  return record.scoring === undefined ? withSeasons : { ...withSeasons, scoring: readScoreProfile(record.scoring, contributionGroups(base).length, base.features.length) };
}

/** A period and slot width that make at most MAX_SLOTS slots. @throws BundleError */
function readSeason(record: Record<string, unknown>): { periodMs: number; slotMs: number; slots: number } {
  const entry = BUNDLE_FILES.preprocessing;
  const periodMs = integerField(entry, record, 'periodMs', 1);
  const slotMs = integerField(entry, record, 'slotMs', 1);
  const slots = Math.ceil(periodMs / slotMs);
  if (slots > MAX_SLOTS) throw new BundleError(entry, `divides its period into ${slots} slots; at most ${MAX_SLOTS} are allowed`);
  return { periodMs, slotMs, slots };
}

/**
 * The seasonal medians in preprocessing.json, checked: one entry per feature, each null or a
 * finite median per slot.
 * @throws BundleError naming preprocessing.json and what is wrong
 */
function readSeasonalMedians(json: unknown, features: number): SeasonalMedians {
  const entry = BUNDLE_FILES.preprocessing;
  const record = asObject(entry, json);
  const { periodMs, slotMs, slots } = readSeason(record);
  const medians = record.medians;
  if (!Array.isArray(medians) || medians.length !== features) throw new BundleError(entry, `needs seasonal medians for each of its ${features} features`);
  return {
    periodMs,
    slotMs,
    medians: medians.map((table: unknown) => {
      if (table === null) return null;
      if (!Array.isArray(table) || table.length !== slots || !table.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new BundleError(entry, `has a seasonal median table that is not ${slots} finite numbers`);
      }
      return table as number[];
    }),
  };
}

/** Longest smoothing a bundle may ask for: beyond it the score would lag what it reports. */
const MAX_SMOOTH_ROWS = 64;
/** Most seasonal slots per group: a week at one minute. */
const MAX_SLOTS = 10_080;

/**
 * The score profile in preprocessing.json, checked: a positive scale per contribution group, a
 * seasonal table that fits its period, and a sane smoothing span.
 * @throws BundleError naming preprocessing.json and what is wrong
 */
function readScoreProfile(json: unknown, groups: number, metrics: number): ScoreProfile {
  const entry = BUNDLE_FILES.preprocessing;
  const record = asObject(entry, json);
  const positive = (values: number[], what: string) => {
    if (values.some((v) => !(v > 0) || !Number.isFinite(v))) throw new BundleError(entry, `has a ${what} that is not a positive number`);
    return values;
  };
  const scales = positive(numberListField(entry, record, 'scales'), 'score scale');
  if (scales.length !== groups) throw new BundleError(entry, `has ${scales.length} score scales for ${groups} error groups`);
  const smoothRows = integerField(entry, record, 'smoothRows', 1);
  if (smoothRows > MAX_SMOOTH_ROWS) throw new BundleError(entry, `smooths scores over ${smoothRows} rows; at most ${MAX_SMOOTH_ROWS} are allowed`);
  // A profile saved before the unit was recorded scored squared-error ratios; it keeps scoring them.
  const errorUnit = record.errorUnit ?? 'squared';
  if (errorUnit !== 'absolute' && errorUnit !== 'squared') throw new BundleError(entry, `has an unknown error unit ${JSON.stringify(errorUnit)}`);
  // A profile saved before the day-range rule scores without it.
  const rangeRule = record.rangeRule === undefined ? {} : { rangeRule: readRangeRule(record.rangeRule, metrics) };
  if (record.seasonal === null || record.seasonal === undefined) return { scales, seasonal: null, smoothRows, errorUnit, ...rangeRule };
  const seasonal = asObject(entry, record.seasonal);
  const { periodMs, slotMs, slots } = readSeason(seasonal);
  const table = positive(numberListField(entry, seasonal, 'scales'), 'seasonal score scale');
  if (table.length !== groups * slots) throw new BundleError(entry, `has ${table.length} seasonal scales for ${groups} groups × ${slots} slots`);
  return { scales, seasonal: { periodMs, slotMs, scales: table }, smoothRows, errorUnit, ...rangeRule };
}

/** The day-range rule's settings: a few whole days back, and a floor share above 0 and at most 1. */
function readRangeRule(json: unknown, metrics: number): RangeRuleSpec {
  const entry = BUNDLE_FILES.preprocessing;
  const record = asObject(entry, json);
  const lagsDays = numberListField(entry, record, 'lagsDays');
  if (lagsDays.length === 0 || lagsDays.length > 8 || lagsDays.some((lag) => !Number.isInteger(lag) || lag < 1 || lag > MAX_RANGE_LAG_DAYS)) {
    throw new BundleError(entry, `has a range rule whose days back are not 1 to 8 whole numbers from 1 to ${MAX_RANGE_LAG_DAYS}`);
  }
  const floorShare = record.floorShare;
  if (typeof floorShare !== 'number' || !(floorShare > 0 && floorShare <= 1)) throw new BundleError(entry, 'has a range rule whose floor share is not above 0 and at most 1');
  if (record.floors === undefined) return { lagsDays, floorShare };
  const floors = numberListField(entry, record, 'floors');
  if (floors.length !== metrics || floors.some((floor) => !(floor >= 0) || !Number.isFinite(floor))) {
    throw new BundleError(entry, `has a range rule whose margins are not ${metrics} numbers of at least 0, one per metric`);
  }
  return { lagsDays, floorShare, floors };
}
