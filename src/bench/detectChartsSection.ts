import type { Page } from 'playwright-core';
import { longestTask, now, openPanel, pollUntil, waitForCharts } from './pageProbes';

/** The longest main-thread task of each chart interaction on the Detect panel's scoring, and of Explore with its detected bands. */
export interface DetectChartsResults {
  detect_charts: {
    swimlane_click_longest_task_ms: number;
    drag_zoom_longest_task_ms: number;
    incident_select_longest_task_ms: number;
    explore_detected_longest_task_ms: number;
  };
}

// Two frames after the DOM changed: whatever the change set off has been painted.
const PAINTED = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))';

/** Waits for `selector` to match (queried in the page), then for two painted frames; returns the page clock then. */
async function drawn(page: Page, what: string, selector: string): Promise<number> {
  await pollUntil(page, what, async () => (await page.evaluate(`document.querySelector(${JSON.stringify(selector)}) !== null`)) as boolean, 25);
  return (await page.evaluate(PAINTED)) as number;
}

/** The Detect results, every section drawn (the panel drops aria-busy once its last section renders). */
export function resultsDrawn(page: Page): Promise<number> {
  return drawn(page, 'detect charts', '[aria-label="Detection results"][aria-busy="false"] .swimlane svg rect');
}

async function wholeDataset(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Whole dataset', exact: true }).click();
  await drawn(page, 'whole dataset', 'figure[aria-label="Anomaly score over time"] path.chart-line[d]');
}

/**
 * On a finished scoring at its automatic threshold: a click on the swimlane's first alarmed cell,
 * a drag across the score chart, showing the first incident (its metrics with expected values), then
 * Explore with the detected bands; each timed from the input to its result painted.
 */
export async function benchDetectCharts(page: Page): Promise<DetectChartsResults> {
  await page.getByRole('button', { name: 'Automatic', exact: true }).click();
  await resultsDrawn(page);

  let start = await now(page);
  await page.locator('.swimlane rect.swim-low, .swimlane rect.swim-medium, .swimlane rect.swim-high, .swimlane rect.swim-critical').first().click();
  let end = await drawn(page, 'swimlane click', 'figure[aria-label="Anomaly score, zoomed"] path.chart-line[d]');
  const swimlaneClick = await longestTask(page, start, end);

  await wholeDataset(page);
  const surface = page.locator('figure[aria-label="Anomaly score over time"] svg.chart-svg');
  const box = await surface.boundingBox();
  if (!box) throw new Error('the score chart has no box to drag across');
  const y = box.y + box.height / 2;
  start = await now(page);
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  // Twenty moves, as a hand makes in a short drag: each one redraws the selection.
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 20 });
  await page.mouse.up();
  end = await drawn(page, 'drag zoom', 'figure[aria-label="Anomaly score, zoomed"] path.chart-line[d]');
  const dragZoom = await longestTask(page, start, end);

  await wholeDataset(page);
  start = await now(page);
  await page.getByRole('button', { name: /^Show incident/ }).first().click();
  end = await drawn(page, 'incident select', '.incident-metrics[aria-busy="false"] figure:last-child path.chart-line[d]');
  const incidentSelect = await longestTask(page, start, end);

  await page.evaluate('window.__watchCharts()');
  start = await now(page);
  await openPanel(page, 'Explore');
  end = (await waitForCharts(page)).at;
  const explore = await longestTask(page, start, end);
  await openPanel(page, 'Detect');

  return {
    detect_charts: {
      swimlane_click_longest_task_ms: Math.round(swimlaneClick),
      drag_zoom_longest_task_ms: Math.round(dragZoom),
      incident_select_longest_task_ms: Math.round(incidentSelect),
      explore_detected_longest_task_ms: Math.round(explore),
    },
  };
}

/** Table rows for the Detect chart interactions. */
export function detectChartsRows({ detect_charts: c }: DetectChartsResults): [string, string][] {
  return [
    ['longest task, swimlane click-zoom', `${c.swimlane_click_longest_task_ms} ms`],
    ['longest task, drag-zoom', `${c.drag_zoom_longest_task_ms} ms`],
    ['longest task, incident select', `${c.incident_select_longest_task_ms} ms`],
    ['longest task, Explore with detected', `${c.explore_detected_longest_task_ms} ms`],
  ];
}
