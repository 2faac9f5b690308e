import type { Page } from 'playwright-core';
import { resultsDrawn } from './detectChartsSection';
import { RUN_TIMEOUT, lastMeasure, longestTask, now, openPanel, toMs, waitForOutcome } from './pageProbes';

const SCORED = /Scored ([\d,]+) rows of .+ in ([\d.]+) s on ([\w ]+)\./;
const FLAGGED = /([\d,]+) of ([\d,]+) rows flagged/;

export interface DetectResults {
  /** Rows scored per second in the worker (forward pass, per-metric errors and baselines). */
  score: { rows_per_s: number };
  detect: {
    rows: number;
    /** In the worker: preprocessing, the forward pass and the baselines. */
    worker_seconds: number;
    /** Click to scores on the page, the dataset copy and transfer included. */
    wall_seconds: number | null;
    backend: string;
    longest_task_ms: number;
    /** Click to every section of the results drawn: the scores arriving, the swimlane, the score chart and the rest. */
    charts_longest_task_ms: number;
    /** Moving the threshold: flags, incidents and metrics recomputed on the page. */
    threshold_move_longest_task_ms: number;
    flagged_at_auto: number;
  };
}

const count = (text: string) => Number(text.replace(/,/g, ''));

/** Scores the open dataset with the picked model through the Detect panel, then moves the threshold once. */
export async function benchDetect(page: Page): Promise<DetectResults> {
  await openPanel(page, 'Detect');
  const status = page.getByRole('region', { name: 'Detect' }).getByRole('status');
  const start = await now(page);
  await page.getByRole('button', { name: 'Detect', exact: true }).click();
  await waitForOutcome(page, status.filter({ hasText: SCORED }), 'detect');
  const end = await now(page);
  const match = SCORED.exec(await status.innerText());
  if (!match) throw new Error('status line without a row count');
  const threshold = page.getByRole('region', { name: 'Threshold' });
  const flaggedAtAuto = count(FLAGGED.exec(await threshold.innerText())?.[1] ?? 'NaN');
  const scoring = await longestTask(page, start, end);
  const charts = await longestTask(page, start, await resultsDrawn(page));
  const wall = await lastMeasure(page, 'score');

  const moveStart = await now(page);
  await page.getByLabel('Validation rows flagged (%)', { exact: true }).fill('5');
  const deadline = Date.now() + RUN_TIMEOUT;
  while (count(FLAGGED.exec(await threshold.innerText())?.[1] ?? 'NaN') === flaggedAtAuto && Date.now() < deadline) await page.waitForTimeout(50);
  const moveEnd = await now(page);
  const rows = count(match[1]);
  return {
    score: { rows_per_s: Math.round(rows / Number(match[2])) },
    detect: {
      rows,
      worker_seconds: Number(match[2]),
      wall_seconds: wall === null ? null : toMs(wall / 1000),
      backend: match[3],
      longest_task_ms: Math.round(scoring),
      charts_longest_task_ms: Math.round(charts),
      threshold_move_longest_task_ms: Math.round(await longestTask(page, moveStart, moveEnd)),
      flagged_at_auto: flaggedAtAuto,
    },
  };
}

/** Table rows for the detect section. */
export function detectRows({ detect, score }: DetectResults): [string, string][] {
  return [
    ['detect rows', detect.rows.toLocaleString('en-US')],
    ['score rows/s', score.rows_per_s.toLocaleString('en-US')],
    ['detect (worker)', `${detect.worker_seconds.toFixed(2)} s on ${detect.backend}, baselines included`],
    ['detect (main thread)', detect.wall_seconds === null ? 'n/a' : `${detect.wall_seconds.toFixed(2)} s`],
    ['longest task, detect', `${detect.longest_task_ms} ms`],
    ['longest task, detect to charts drawn', `${detect.charts_longest_task_ms} ms`],
    ['longest task, threshold move', `${detect.threshold_move_longest_task_ms} ms`],
  ];
}
