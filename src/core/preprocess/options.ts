import type { Dataset } from '../../shared/dataset';
import { ConfigError } from '../../shared/errors';
import type { PreprocessOptions } from '../../shared/preprocessing';

/** PreprocessOptions with every default filled in. */
export type ResolvedOptions = Required<PreprocessOptions>;

export const DEFAULT_VALIDATION_SPLIT = 0.2;
/**
 * Three rows, so a step or a spike is unusual as a change, not only as a value (src/lab evaluate, window 1 → 3, with
 * recurring peaks: ASD best F1 0.408 → 0.426 and composite F1 0.456 → 0.628, NAB 40.0 → 50.1, generated incident
 * precision 0.941 → 0.987; 2 and 5 rows did worse on ASD and SMD). A nightly job's start is such a change too: see recurringPeakFactors.
 */
export const DEFAULT_WINDOW = 3;
/**
 * On: `npx tsx src/lab/measureThresholds.ts --months 6 --seeds 1,2,3 --stillness on|off` gave at the
 * default threshold precision 0.92 vs 0.93, event recall 0.89 vs 0.82 (flatlines 0.67 vs 0.00), best F1
 * 0.77 vs 0.74; on SMD/ASD (`src/lab/measureRealData.ts`) best F1 moved −0.06 to +0.01.
 */
export const DEFAULT_STILLNESS = true;
/**
 * Off: by `npm run evaluate -- generated` (6 months, seeds 42–44) the usual level subtracted raised event
 * recall 0.932 → 0.967 (Disk Fill 0.64 → 0.85, Off-hours 0.64 → 0.80) but cut point precision 0.955 → 0.821
 * and incident precision 0.937 → 0.753: a nightly job that starts at a different minute each night
 * leaves residuals at its edges. The seasonal error scale (see scoreProfile) already makes recurring
 * patterns usual without it. NAB, SMD and ASD never train on four days of real timestamps, so unchanged.
 */
export const DEFAULT_SEASONAL = false;
/** Longest window offered: beyond it the input grows past what a small dense model handles well. */
export const MAX_WINDOW = 64;

/**
 * False when the timestamps were made up on import (headerless files such as SMD/ASD have no
 * time column), so time-of-day features would describe nothing real.
 */
export function hasRealTimestamps(dataset: Dataset): boolean {
  return dataset.meta.report?.format !== 'headerless';
}

/**
 * Fills in the defaults and checks the options against the dataset.
 * @throws ConfigError naming every unusable setting.
 */
export function resolveOptions(dataset: Dataset, options: PreprocessOptions = {}): ResolvedOptions {
  const keys = dataset.columns.map((c) => c.key);
  const resolved: ResolvedOptions = {
    features: options.features ?? keys,
    context: options.context ?? hasRealTimestamps(dataset),
    window: options.window ?? DEFAULT_WINDOW,
    stillness: options.stillness ?? DEFAULT_STILLNESS,
    seasonal: options.seasonal ?? DEFAULT_SEASONAL,
    validationSplit: options.validationSplit ?? DEFAULT_VALIDATION_SPLIT,
    chronological: options.chronological ?? true,
    seed: options.seed ?? 0,
    excludeLabelled: options.excludeLabelled ?? false,
  };
  const problems: string[] = [];
  const unknown = resolved.features.filter((key) => !keys.includes(key));
  if (unknown.length > 0) problems.push(`The dataset has no column ${unknown.map((k) => `"${k}"`).join(', ')}.`);
  if (resolved.features.length === 0) problems.push('Choose at least one metric to train on.');
  if (new Set(resolved.features).size !== resolved.features.length) problems.push('Each metric may be chosen only once.');
  const { window, validationSplit } = resolved;
  if (!Number.isInteger(window) || window < 1 || window > MAX_WINDOW) problems.push(`The window must be a whole number of steps from 1 to ${MAX_WINDOW}.`);
  if (!(validationSplit >= 0 && validationSplit < 1)) problems.push('The validation share must be at least 0 and below 1 (e.g. 0.2 for 20 %).');
  if (problems.length > 0) throw new ConfigError(problems, 'The training settings cannot be used');
  return resolved;
}
