// Measures the PCA and rolling z-score baselines on the real benchmark data (SMD machine-2-1, ASD
// omi-1..4, NAB realAWSCloudwatch), read straight from the shared data folder, which is never committed.
// Run: npx tsx src/lab/measureBaselines.ts [dataDir] [--variance=0.9]
//      (dataDir defaults to $SHARED_DATA, then ../shared/data beside the repository)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Matrix } from '../shared/model';
import { nabCorpusScore, nabScoreAtThreshold, probationLength, type NabResult, type NabWindow } from '../core/evaluation/nab';
import { nabWindowsOf, parseNabCsv } from '../core/evaluation/nabFiles';
import { MS_PER_DAY, MS_PER_MINUTE } from '../core/time';
import { parseLabelLines, parseNumberRows } from '../core/baselines/benchmarkText';
import { evaluateScores, falseAlarmThreshold, type BaselineFigures } from '../core/baselines/evaluateScores';
import { lagMatrix } from '../core/baselines/lagMatrix';
import { DEFAULT_VARIANCE_TO_KEEP, fitPca, pcaScores } from '../core/baselines/pca';
import { rollingZScores, rowsInSpan } from '../core/baselines/rollingZScore';

/** The false-alarm rate of the label-free threshold, set on training (or probationary) scores. */
const ALARM_RATE = 0.01;
/** NAB is one series: PCA sees each row's last hour (12 rows at 5 minutes), so it learns the series' usual shape. */
const NAB_LAGS = 12;
const FIVE_MINUTES = 5 * MS_PER_MINUTE;

const args = process.argv.slice(2);
const varianceToKeep = Number(args.find((a) => a.startsWith('--variance='))?.slice('--variance='.length) ?? DEFAULT_VARIANCE_TO_KEEP);
const dataDir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.SHARED_DATA ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url)));
const read = (path: string) => readFileSync(path, 'utf8');
const fixed = (x: number | undefined, digits = 3) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

/** One detector's per-row scores and the threshold it flags at without labels. */
interface Scored {
  name: string;
  scores: Float32Array;
  alarmThreshold: number;
  note: string;
}

/** A table row: best F1, average precision, then precision / recall / F1 at the label-free threshold. */
function figuresRow(set: string, method: string, f: BaselineFigures, extra: string[]): string {
  const at = f.atAlarm;
  return `| ${set} | ${method} | ${fixed(f.best?.f1)} | ${fixed(f.averagePrecision)} | ${fixed(at.precision)} / ${fixed(at.recall)} / ${fixed(at.f1)} | ${extra.join(' | ')}`;
}

/** PCA fitted on train, and a one-day rolling z-score over train then test, for an SMD or ASD machine. */
function scoreServerSet(train: Matrix, test: Matrix, intervalMs: number): Scored[] {
  const model = fitPca(train, { varianceToKeep });
  const joined: Matrix = { values: new Float32Array(train.values.length + test.values.length), rows: train.rows + test.rows, cols: train.cols };
  joined.values.set(train.values);
  joined.values.set(test.values, train.values.length);
  const window = rowsInSpan(MS_PER_DAY, intervalMs);
  // Train precedes test in time, so the test's first day has a full window behind it.
  const z = rollingZScores(joined, { window });
  return [
    {
      name: 'PCA',
      scores: pcaScores(model, test),
      alarmThreshold: falseAlarmThreshold(pcaScores(model, train), ALARM_RATE),
      note: `${model.componentCount} of ${train.cols} components, ${(100 * model.explained).toFixed(1)} % variance`,
    },
    { name: 'rolling z (max)', scores: z.slice(train.rows), alarmThreshold: falseAlarmThreshold(z.subarray(0, train.rows), ALARM_RATE), note: `window ${window} rows` },
  ];
}

function measureServerSets(): void {
  const sets = [{ dir: 'SMD', name: 'machine-2-1', intervalMs: MS_PER_MINUTE }, ...[1, 2, 3, 4].map((i) => ({ dir: 'ASD', name: `omi-${i}`, intervalMs: FIVE_MINUTES }))];
  console.log('| data set | baseline | best F1 | AP | P / R / F1 at 1 % alarms | notes');
  console.log('|---|---|---|---|---|---|');
  for (const { dir, name, intervalMs } of sets) {
    const path = (part: string) => join(dataDir, dir, part, `${name}.txt`);
    if (!['train', 'test', 'test_label'].every((part) => existsSync(path(part)))) {
      console.log(`| ${dir} ${name} | (absent) | | | | |`);
      continue;
    }
    const train = parseNumberRows(read(path('train')));
    const test = parseNumberRows(read(path('test')));
    const labels = parseLabelLines(read(path('test_label')));
    for (const s of scoreServerSet(train, test, intervalMs)) console.log(figuresRow(`${dir} ${name}`, s.name, evaluateScores(s.scores, labels, s.alarmThreshold), [s.note]));
  }
}

/** One NAB file with its windows, per-row truth (inside a window) and probationary length. */
interface NabFile {
  key: string;
  timestamps: Float64Array;
  values: Float64Array;
  windows: NabWindow[];
  truth: Uint8Array;
  probation: number;
}

function loadNabFiles(): NabFile[] {
  const dir = join(dataDir, 'NAB/data/realAWSCloudwatch');
  const windowsPath = join(dataDir, 'NAB/labels/combined_windows.json');
  if (!existsSync(dir) || !existsSync(windowsPath)) return [];
  const windowsJson = JSON.parse(read(windowsPath)) as unknown;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => {
      const key = `realAWSCloudwatch/${name}`;
      const table = parseNabCsv(read(join(dir, name)));
      const windows = nabWindowsOf(windowsJson, key);
      const truth = Uint8Array.from(table.timestamps, (t) => (windows.some(([start, end]) => t >= start && t <= end) ? 1 : 0));
      return { key, timestamps: table.timestamps, values: table.columns.value, windows, truth, probation: probationLength(table.timestamps.length) };
    });
}

/** PCA on lagged values and a one-day rolling z-score, each with its 1 % threshold set on the probationary rows only. */
function scoreNabFile(file: NabFile): Scored[] {
  const lagged = lagMatrix(file.values, NAB_LAGS);
  const model = fitPca({ values: lagged.values.subarray(0, file.probation * NAB_LAGS), rows: file.probation, cols: NAB_LAGS }, { varianceToKeep });
  const pca = pcaScores(model, lagged);
  const window = rowsInSpan(MS_PER_DAY, FIVE_MINUTES);
  const z = rollingZScores({ values: Float32Array.from(file.values), rows: file.values.length, cols: 1 }, { window });
  return [
    { name: `PCA (${NAB_LAGS} lags)`, scores: pca, alarmThreshold: falseAlarmThreshold(pca.subarray(0, file.probation), ALARM_RATE), note: `${model.componentCount} components` },
    { name: 'rolling z', scores: z, alarmThreshold: falseAlarmThreshold(z.subarray(0, file.probation), ALARM_RATE), note: `window ${window} rows` },
  ];
}

/** Numenta HTM's published per-row scores at its published standard threshold, as a reference; none when absent. */
function numentaReference(file: NabFile): Scored[] {
  const [dir, name] = file.key.split('/');
  const path = join(dataDir, 'NAB/results/numenta', dir, `numenta_${name}`);
  const thresholds = join(dataDir, 'NAB/config/thresholds.json');
  if (!existsSync(path) || !existsSync(thresholds)) return [];
  const threshold = (JSON.parse(read(thresholds)) as Record<string, Record<string, { threshold: number }>>).numenta.standard.threshold;
  return [{ name: 'Numenta HTM (published)', scores: Float32Array.from(parseNabCsv(read(path)).columns.anomaly_score), alarmThreshold: threshold, note: '' }];
}

/** Scores with the probationary rows made NaN, so point metrics judge only the rows NAB scores. */
function afterProbation(scores: Float32Array, probation: number): Float32Array {
  const out = scores.slice();
  out.fill(Number.NaN, 0, probation);
  return out;
}

function measureNab(): void {
  const files = loadNabFiles();
  if (files.length === 0) {
    console.log('\nNAB: absent');
    return;
  }
  console.log(`\nNAB realAWSCloudwatch (${files.length} files; point metrics after the 15 % probation; best-F1 threshold per file)`);
  console.log('| file | baseline | best F1 | AP | P / R / F1 at 1 % alarms | NAB raw at best F1 | NAB raw at 1 % alarms');
  console.log('|---|---|---|---|---|---|---|');
  const totals = new Map<string, { best: NabResult[]; alarm: NabResult[]; f1: number[]; ap: number[] }>();
  for (const file of files) {
    for (const s of [...scoreNabFile(file), ...numentaReference(file)]) {
      const figures = evaluateScores(afterProbation(s.scores, file.probation), file.truth, s.alarmThreshold);
      const atBest = nabScoreAtThreshold(file.timestamps, s.scores, figures.best?.threshold ?? Infinity, file.windows);
      const atAlarm = nabScoreAtThreshold(file.timestamps, s.scores, s.alarmThreshold, file.windows);
      const total = totals.get(s.name) ?? { best: [], alarm: [], f1: [], ap: [] };
      totals.set(s.name, total);
      total.best.push(atBest);
      total.alarm.push(atAlarm);
      total.f1.push(figures.best?.f1 ?? Number.NaN);
      total.ap.push(figures.averagePrecision);
      console.log(figuresRow(file.key.replace('realAWSCloudwatch/', ''), s.name, figures, [fixed(atBest.score), fixed(atAlarm.score)]));
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log('\n| baseline | mean best F1 | mean AP | NAB standard, normalised over the files: at best F1 | at 1 % alarms');
  console.log('|---|---|---|---|---|');
  for (const [name, t] of totals) console.log(`| ${name} | ${fixed(mean(t.f1))} | ${fixed(mean(t.ap))} | ${fixed(nabCorpusScore(t.best), 1)} | ${fixed(nabCorpusScore(t.alarm), 1)}`);
  console.log("(Numenta HTM's alarm threshold is its published standard-profile threshold, not a 1 % rate.)");
}

console.log(`Baselines on ${dataDir}; PCA keeps ${100 * varianceToKeep} % of the variance\n`);
measureServerSets();
measureNab();
