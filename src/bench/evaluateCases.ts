import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { probationLength } from '../core/evaluation/nab';

/** A file to pick in the Data panel, with what the panel needs beside it. */
export interface Upload {
  name: string;
  buffer: Buffer;
  /** Typed into "Interval (seconds)" for files without times (SMD/ASD). */
  intervalSeconds?: number;
  labels?: { name: string; buffer: Buffer };
}

export type SetKind = 'nab' | 'smd' | 'generated';

/** One evaluation: train on `train`, score `test` (uploaded), or generate, train and score one seed. */
export type EvalCase =
  | { kind: 'nab' | 'smd'; name: string; train: () => Upload; test: () => Upload }
  | { kind: 'generated'; name: string; seed: number; months: number; intervalSeconds?: number };

export interface EvalSet {
  name: string;
  kind: SetKind;
  cases: EvalCase[];
}

export interface CaseOptions {
  /** NAB: train on the probationary 15 % (as NAB prescribes) or on the whole file (a user who uploads one file). */
  nabTrain: 'probation' | 'all';
  /** Months of generated data per seed. */
  generatedMonths: number;
}

/** The generator seeds `generated` alone stands for: the app's default seed and the next two. */
const DEFAULT_SEEDS = [42, 43, 44];
const GENERATED = /^generated(?::([\d,\s]+))?$/;
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/**
 * The sets behind each argument: a NAB root (data/ + labels/combined_windows.json), an SMD- or
 * ASD-style root (train/ test/ test_label/), or `generated[:seed,seed,...]`.
 * @throws Error naming an argument that is none of these.
 */
export function findSets(args: readonly string[], options: CaseOptions): EvalSet[] {
  return args.map((arg) => {
    const generated = GENERATED.exec(arg);
    if (generated) return generatedSet(generated[1], options.generatedMonths);
    const root = path.resolve(arg);
    if (existsSync(path.join(root, 'labels', 'combined_windows.json')) && isDir(path.join(root, 'data'))) return nabSet(root, options.nabTrain);
    if (['train', 'test', 'test_label'].every((dir) => isDir(path.join(root, dir)))) return serverSet(root);
    throw new Error(`${arg}: not a NAB root (data/ and labels/combined_windows.json), an SMD/ASD root (train/ test/ test_label/) or generated[:seeds]`);
  });
}

function generatedSet(seedList: string | undefined, months: number): EvalSet {
  const seeds = seedList ? seedList.split(',').map((s) => Number(s.trim())).filter(Number.isInteger) : DEFAULT_SEEDS;
  return {
    name: `generated (${months} months)`,
    kind: 'generated',
    cases: seeds.map((seed) => ({ kind: 'generated', name: `seed ${seed}`, seed, months })),
  };
}

/** Every CSV under data/, each split after NAB's probationary period: the model learns the first part and is judged on the rest. */
function nabSet(root: string, train: CaseOptions['nabTrain']): EvalSet {
  const windows = readFileSync(path.join(root, 'labels', 'combined_windows.json'));
  const files = csvFiles(path.join(root, 'data'));
  return {
    name: path.basename(root),
    kind: 'nab',
    cases: files.map((file) => {
      const name = path.basename(file);
      const split = () => {
        const [header, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
        const cut = probationLength(rows.length);
        return { header, rows, cut };
      };
      return {
        kind: 'nab' as const,
        name,
        train: () => {
          const { header, rows, cut } = split();
          const trainRows = train === 'all' ? rows : rows.slice(0, cut);
          return { name: name.replace(/\.csv$/, '-train.csv'), buffer: Buffer.from([header, ...trainRows, ''].join('\n')) };
        },
        // The scored file keeps the original name, so the app matches it to its windows in combined_windows.json.
        test: () => {
          const { header, rows, cut } = split();
          return { name, buffer: Buffer.from([header, ...rows.slice(cut), ''].join('\n')), labels: { name: 'combined_windows.json', buffer: windows } };
        },
      };
    }),
  };
}

/** SMD (one row a minute) or ASD (one every 5 minutes): headerless numbers, one label per test row. */
function serverSet(root: string): EvalSet {
  const name = path.basename(root);
  const intervalSeconds = /asd/i.test(name) ? 300 : 60;
  const files = readdirSync(path.join(root, 'test')).filter((f) => f.endsWith('.txt')).sort();
  return {
    name,
    kind: 'smd',
    cases: files.map((file) => ({
      kind: 'smd' as const,
      name: file,
      train: () => ({ name: file, buffer: readFileSync(path.join(root, 'train', file)), intervalSeconds }),
      test: () => ({
        name: file,
        buffer: readFileSync(path.join(root, 'test', file)),
        intervalSeconds,
        labels: { name: `labels-${file}`, buffer: readFileSync(path.join(root, 'test_label', file)) },
      }),
    })),
  };
}

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? csvFiles(path.join(dir, entry.name)) : entry.name.endsWith('.csv') ? [path.join(dir, entry.name)] : []))
    .sort();
}
