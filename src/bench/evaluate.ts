/**
 * Evaluation harness: runs the app's own detector, in the production build in headless Chromium, over labelled data sets
 * and prints one row per file and a mean per set for the autoencoder, PCA and the rolling z-score.
 * `npm run evaluate -- <path or generated[:seeds]>... [--limit N] [--only text] [--nab-train probation|all] [--months M]`;
 * writes evaluate-results.json. See the README's "Evaluation" section for what each set trains on.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { findSets, type CaseOptions, type EvalSet } from './evaluateCases';
import { evaluateSets, printSet, type SetResult } from './evaluateSets';
import { startPreview } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS_FILE = join(ROOT, 'evaluate-results.json');
/** Six months, the generator's default, keeps the generated figures comparable with issue 5's measurement. */
const DEFAULT_GENERATED_MONTHS = 6;

interface Options extends CaseOptions {
  paths: string[];
  limit: number;
  only: string | null;
}

function readOptions(): Options {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      only: { type: 'string' },
      'nab-train': { type: 'string', default: 'probation' },
      months: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new Error('usage: npm run evaluate -- <NAB root | SMD/ASD root | generated[:seeds]>... [--limit N] [--only text]');
  const nabTrain = values['nab-train'];
  if (nabTrain !== 'probation' && nabTrain !== 'all') throw new Error(`--nab-train takes probation or all; got ${nabTrain}`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  const months = values.months === undefined ? DEFAULT_GENERATED_MONTHS : Number(values.months);
  if (!(limit > 0)) throw new Error(`--limit must be a positive number; got ${values.limit}`);
  if (!Number.isInteger(months) || months < 1) throw new Error(`--months must be a whole number of months; got ${values.months}`);
  return { paths: positionals, limit, only: values.only ?? null, nabTrain, generatedMonths: months };
}

/** Keeps the cases whose set or file name contains `only`, at most `limit` per set. */
function select(sets: EvalSet[], { only, limit }: Options): EvalSet[] {
  return sets
    .map((set) => ({ ...set, cases: set.cases.filter((c) => only === null || `${set.name}/${c.name}`.includes(only)).slice(0, limit) }))
    .filter((set) => set.cases.length > 0);
}

async function main(): Promise<void> {
  const options = readOptions();
  const sets = select(findSets(options.paths, options), options);
  if (sets.length === 0) throw new Error('no file matches --only');
  const server = await startPreview(ROOT);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS], headless: true });
  try {
    const results: SetResult[] = await evaluateSets(browser, server.url, sets, (set) => printSet(set));
    await writeFile(RESULTS_FILE, `${JSON.stringify({ options: { nab_train: options.nabTrain, generated_months: options.generatedMonths }, sets: results }, null, 2)}\n`);
    console.log(`\nResults written to ${RESULTS_FILE}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
