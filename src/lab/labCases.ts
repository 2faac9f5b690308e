// The evaluate command's cases (bench/evaluateCases), read in Node: each yields the dataset trained on and the dataset scored, built by the app's own importer.
import { findSets, type CaseOptions, type Upload } from '../bench/evaluateCases';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';
import { importFile, previewFile, type NamedBlob } from '../core/ingest/importPipeline';
import type { Dataset } from '../shared/dataset';

export interface LabCase {
  set: string;
  name: string;
  load: () => Promise<{ train: Dataset; test: Dataset }>;
}

/** As `npm run evaluate` by default. */
const OPTIONS: CaseOptions = { nabTrain: 'probation', generatedMonths: DEFAULT_CONFIG.months };
/** A headerless file's first-row time, as the evaluate command types it (the detector never reads the calendar of such data). */
const HEADERLESS_START = Date.UTC(2024, 0, 1);

const blob = (name: string, bytes: Buffer): NamedBlob => Object.assign(new Blob([new Uint8Array(bytes)]), { name });

/** Imports an upload as the Data panel does with its proposed mapping; a typed interval makes headerless rows steps of it. */
async function load(upload: Upload): Promise<Dataset> {
  const file = blob(upload.name, upload.buffer);
  const preview = await previewFile(file);
  const { intervalSeconds } = upload;
  const mapping = intervalSeconds === undefined ? preview.mapping : { ...preview.mapping, intervalSeconds, startTime: HEADERLESS_START };
  const labels = upload.labels ? blob(upload.labels.name, upload.labels.buffer) : null;
  return (await importFile(file, mapping, labels, { id: upload.name, createdAt: 0 })).dataset;
}

/** The cases behind one evaluate argument: an SMD/ASD root, a NAB root or `generated[:seeds]` (see findSets). */
export function labCases(arg: string): LabCase[] {
  return findSets([arg], OPTIONS).flatMap((set) =>
    set.cases.map((evalCase): LabCase => ({
      set: set.kind === 'generated' ? 'generated' : set.name,
      name: evalCase.name,
      load: async () => {
        if (evalCase.kind === 'generated') {
          const dataset = generateDataset({ ...DEFAULT_CONFIG, seed: evalCase.seed, months: evalCase.months });
          return { train: dataset, test: dataset };
        }
        return { train: await load(evalCase.train()), test: await load(evalCase.test()) };
      },
    })),
  );
}
