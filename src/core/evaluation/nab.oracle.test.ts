import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nabScoreAtThreshold } from './nab';
import { nabWindowsOf, parseNabCsv } from './nabFiles';

// NAB lives beside the repository and is never committed; the oracle skips cleanly when it is absent.
const DATA = process.env.SHARED_DATA ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const NAB = join(DATA, 'NAB');
const SCORES = join(NAB, 'results/numenta/numenta_standard_scores.csv');
const present = existsSync(SCORES) && existsSync(join(NAB, 'labels/combined_windows.json')) && existsSync(join(NAB, 'config/thresholds.json'));

/** One published row of numenta_standard_scores.csv. */
interface Published {
  file: string;
  score: number;
  tp: number;
  tn: number;
  fp: number;
  fn: number;
  total: number;
}

function publishedRows(): Published[] {
  const [header, ...lines] = readFileSync(SCORES, 'utf8').trim().split(/\r?\n/);
  const at = (name: string) => header.split(',').indexOf(name);
  return lines
    .map((line) => line.split(','))
    .filter((cells) => cells[at('File')]?.endsWith('.csv'))
    .map((cells) => ({
      file: cells[at('File')],
      score: Number(cells[at('Score')]),
      tp: Number(cells[at('TP')]),
      tn: Number(cells[at('TN')]),
      fp: Number(cells[at('FP')]),
      fn: Number(cells[at('FN')]),
      total: Number(cells[at('Total_Count')]),
    }));
}

const rows = present ? publishedRows() : [];

describe.skipIf(!present)('NAB scorer against Numenta HTM published results (standard profile)', () => {
  // A placeholder name keeps one (skipped) test when the folder is absent: an empty file fails vitest.
  it.each(rows.length > 0 ? rows.map((r) => r.file) : ['(no NAB results)'])('reproduces the score and counts of %s', (file) => {
    const published = rows.find((r) => r.file === file)!;
    const windowsJson = JSON.parse(readFileSync(join(NAB, 'labels/combined_windows.json'), 'utf8')) as unknown;
    const thresholds = JSON.parse(readFileSync(join(NAB, 'config/thresholds.json'), 'utf8')) as Record<string, Record<string, { threshold: number }>>;
    const [dir, name] = file.split('/');
    const results = parseNabCsv(readFileSync(join(NAB, 'results/numenta', dir, `numenta_${name}`), 'utf8'));
    const ours = nabScoreAtThreshold(results.timestamps, results.columns.anomaly_score, thresholds.numenta.standard.threshold, nabWindowsOf(windowsJson, file));
    // The CSV prints 12 significant digits; the per-file Score is the raw (unnormalised) sum.
    expect(ours.score).toBeCloseTo(published.score, 9);
    expect({ tp: ours.tp, tn: ours.tn, fp: ours.fp, fn: ours.fn, total: ours.rows }).toEqual({ tp: published.tp, tn: published.tn, fp: published.fp, fn: published.fn, total: published.total });
  });

  it('covers all nine published files', () => {
    expect(rows).toHaveLength(9);
  });
});
