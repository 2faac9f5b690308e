import type { Browser } from 'playwright-core';
import { meanFigures, type DetectorFigures, type MeanFigures } from '../core/evaluation/report';
import { ANOMALY_TYPES } from '../shared/anomaly';
import type { EvaluationReport } from '../state/evaluationReport';
import type { EvalSet, SetKind } from './evaluateCases';
import { runCase } from './evaluateRun';

const DETECTORS = ['detector', 'pca', 'zscore'] as const;
type DetectorId = (typeof DETECTORS)[number];

export interface FileResult {
  name: string;
  seconds: number;
  detector: DetectorFigures;
  pca: DetectorFigures | null;
  zscore: DetectorFigures | null;
  events_by_type: EvaluationReport['events_by_type'];
}

export interface SetResult {
  name: string;
  kind: SetKind;
  files: FileResult[];
  mean: Record<DetectorId, MeanFigures>;
}

/** Evaluates each set in a fresh browser context (its own IndexedDB), so sets never see each other's data or models. */
export async function evaluateSets(browser: Browser, url: string, sets: readonly EvalSet[], onSet: (result: SetResult) => void): Promise<SetResult[]> {
  const results: SetResult[] = [];
  for (const set of sets) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(url);
      const files: FileResult[] = [];
      for (const evalCase of set.cases) {
        const started = Date.now();
        const report = await runCase(page, evalCase);
        const file = { name: evalCase.name, seconds: (Date.now() - started) / 1000, ...pickFigures(report) };
        files.push(file);
        console.log(`  ${set.name}/${file.name}: F1 ${fmt(file.detector.f1)}, best F1 ${fmt(file.detector.best_f1)} (${file.seconds.toFixed(0)} s)`);
      }
      const result: SetResult = { name: set.name, kind: set.kind, files, mean: setMeans(files) };
      results.push(result);
      onSet(result);
    } finally {
      await context.close();
    }
  }
  return results;
}

function pickFigures(report: EvaluationReport): Omit<FileResult, 'name' | 'seconds'> {
  return { detector: report.detector, pca: report.pca, zscore: report.zscore, events_by_type: report.events_by_type };
}

/** Each detector's mean over the files that have it (an imported model carries no baselines). */
export function setMeans(files: readonly FileResult[]): Record<DetectorId, MeanFigures> {
  const of = (id: DetectorId) => meanFigures(files.flatMap((f) => (f[id] ? [f[id]] : [])));
  return { detector: of('detector'), pca: of('pca'), zscore: of('zscore') };
}

const fmt = (value: number | null | undefined, digits = 3): string => (value === null || value === undefined ? '–' : value.toFixed(digits));
// A file's incident count is whole; a set's mean of counts is not.
const fmtCount = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(1));
const NAMES: Record<DetectorId, string> = { detector: 'AE', pca: 'PCA', zscore: 'z' };
const COLUMNS = ['precision', 'recall', 'f1', 'best_f1', 'event_recall', 'composite_f1'] as const;
type Figures = DetectorFigures | MeanFigures | null;

/** Prints a table with the first two columns (file, detector) left-aligned and the numbers right-aligned. */
function printTable(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

/** A row per file and detector, then the set's means, each made by `cells`. */
function setRows(set: SetResult, cells: (f: Figures) => string[]): string[][] {
  return [
    ...set.files.flatMap((file) => DETECTORS.map((id) => [file.name, NAMES[id], ...cells(file[id])])),
    ...DETECTORS.map((id) => [`mean of ${set.files.length}`, NAMES[id], ...cells(set.mean[id])]),
  ];
}

/** The event types any file of the set has, in the generator's order (label code), others after. */
function typesOf(set: SetResult): string[] {
  const types = new Set<string>();
  for (const file of set.files) for (const id of DETECTORS) for (const type of Object.keys(file[id]?.event_recall_by_type ?? {})) types.add(type);
  const order = (type: string) => {
    const index = (ANOMALY_TYPES as readonly string[]).indexOf(type);
    return index < 0 ? ANOMALY_TYPES.length : index;
  };
  return [...types].sort((a, b) => order(a) - order(b));
}

/**
 * One table per set: a row per file and detector, then the means; best F1 reads the labels and is marked so.
 * Generated sets get a second table with each detector's event recall per anomaly type.
 */
export function printSet(set: SetResult): void {
  const nab = set.kind === 'nab';
  const header = ['file', 'detector', 'P', 'R', 'F1', 'best F1 (labels)', 'event R', 'composite F1', 'incidents', 'incident P', 'false alarms/day', ...(nab ? ['NAB'] : [])];
  const cells = (f: Figures): string[] => [
    ...COLUMNS.map((key) => fmt(f?.[key])),
    fmtCount(f?.incidents),
    fmt(f?.incident_precision),
    fmt(f?.false_alarms_per_day),
    ...(nab ? [fmt(f?.nab_score, 1)] : []),
  ];
  console.log(`\n${set.name} (${set.kind})`);
  printTable(header, setRows(set, cells));
  if (set.kind !== 'generated') return;
  const types = typesOf(set);
  console.log(`\n${set.name}: event recall per type`);
  printTable(['file', 'detector', ...types], setRows(set, (f) => types.map((type) => fmt(f?.event_recall_by_type?.[type]))));
}
