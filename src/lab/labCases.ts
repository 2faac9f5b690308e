// The evaluate command's cases, read in Node: each yields the dataset trained on and the dataset scored, built by the app's own importer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../core/config';
import { probationLength } from '../core/evaluation/nab';
import { generateDataset } from '../core/generator/generate';
import { importFile, previewFile, type NamedBlob } from '../core/ingest/importPipeline';
import type { Dataset } from '../shared/dataset';

export interface LabCase {
  set: string;
  name: string;
  load: () => Promise<{ train: Dataset; test: Dataset }>;
}

const HEADERLESS_START = Date.UTC(2024, 0, 1);
const named = (name: string, bytes: Uint8Array | string): NamedBlob => Object.assign(new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), { name }) as NamedBlob;
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** Imports a file as the Data panel does with its proposed mapping; an interval makes headerless rows steps of it. */
async function load(file: NamedBlob, labels: NamedBlob | null, intervalSeconds?: number): Promise<Dataset> {
  const preview = await previewFile(file);
  const mapping = intervalSeconds === undefined ? preview.mapping : { ...preview.mapping, intervalSeconds, startTime: HEADERLESS_START };
  return (await importFile(file, mapping, labels, { id: file.name, createdAt: 0 })).dataset;
}

/** SMD/ASD roots (train/ test/ test_label/), a NAB root (data/, labels/combined_windows.json) or `generated:42,43`. */
export function labCases(arg: string): LabCase[] {
  const generated = /^generated(?::([\d,]+))?$/.exec(arg);
  if (generated) {
    const seeds = generated[1] ? generated[1].split(',').map(Number) : [42, 43, 44];
    return seeds.map((seed) => ({
      set: 'generated',
      name: `seed ${seed}`,
      load: async () => {
        const dataset = generateDataset({ ...DEFAULT_CONFIG, seed });
        return { train: dataset, test: dataset };
      },
    }));
  }
  const root = path.resolve(arg);
  const set = path.basename(root);
  if (isDir(path.join(root, 'train'))) {
    const interval = /asd/i.test(set) ? 300 : 60;
    return readdirSync(path.join(root, 'test'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({
        set,
        name: file,
        load: async () => ({
          train: await load(named(file, readFileSync(path.join(root, 'train', file))), null, interval),
          test: await load(
            named(file, readFileSync(path.join(root, 'test', file))),
            named(`labels-${file}`, readFileSync(path.join(root, 'test_label', file))),
            interval,
          ),
        }),
      }));
  }
  if (!existsSync(path.join(root, 'labels', 'combined_windows.json'))) return [];
  const windows = readFileSync(path.join(root, 'labels', 'combined_windows.json'));
  const csvs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? csvs(path.join(dir, e.name)) : e.name.endsWith('.csv') ? [path.join(dir, e.name)] : []));
  return csvs(path.join(root, 'data'))
    .sort()
    .map((file) => ({
      set,
      name: path.basename(file),
      load: async () => {
        const [header, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
        const cut = probationLength(rows.length);
        const name = path.basename(file);
        return {
          train: await load(named(name.replace(/\.csv$/, '-train.csv'), [header, ...rows.slice(0, cut), ''].join('\n')), null),
          test: await load(named(name, [header, ...rows.slice(cut), ''].join('\n')), named('combined_windows.json', windows)),
        };
      },
    }));
}
