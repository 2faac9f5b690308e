import type { Locator, Page } from 'playwright-core';

// Page scripts are strings: tsx wraps functions in a `__name` helper the page does not have.
// The chart watcher runs inside the page, because page.waitForFunction would first compile
// Playwright's injected script in the main world, a long task of its own.
export const PAGE_PROBES = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  window.__watchCharts = () => {
    window.__chartsDrawn = null;
    const check = () => {
      const figures = [...document.querySelectorAll('figure')];
      const drawing = document.querySelector('[aria-busy="true"]');
      if (!drawing && figures.length > 0 && figures.every((f) => f.querySelector('svg path[d]:not([d=""])'))) {
        window.__chartsDrawn = { at: performance.now(), count: figures.length };
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  };
`;

export const RUN_TIMEOUT = 10 * 60_000;

/** Seconds rounded to the millisecond, so the JSON does not carry float noise. */
export function toMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** The page's clock, to bracket a job for the long-task filter. */
export async function now(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>;
}

/** The longest main-thread task that started within [from, to] (page clock). */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  // Long-task entries arrive a little after the task; give the observer a moment.
  await page.waitForTimeout(300);
  const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  return tasks.filter(([start]) => start >= from && start <= to).reduce((max, [, duration]) => Math.max(max, duration), 0);
}

/** Duration of the newest performance measure with this name, or null. */
export async function lastMeasure(page: Page, name: string): Promise<number | null> {
  const durations = (await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}, 'measure').map((e) => e.duration)`,
  )) as number[];
  return durations.length ? durations[durations.length - 1] : null;
}

/** Waits for the probe's chart watcher (started with `window.__watchCharts()`) to see every chart drawn. */
export async function waitForCharts(page: Page): Promise<{ at: number; count: number }> {
  const deadline = Date.now() + RUN_TIMEOUT;
  while (Date.now() < deadline) {
    const drawn = (await page.evaluate('window.__chartsDrawn')) as { at: number; count: number } | null;
    if (drawn) return drawn;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the charts were not all drawn within ${RUN_TIMEOUT / 1000} s`);
}

/** Opens one of the app's panels by its tab. */
export async function openPanel(page: Page, name: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name, exact: true }).click();
}

/** The app's one alert outlet, when it holds a message. */
function appAlert(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

async function throwIfAlert(page: Page, what: string): Promise<void> {
  const alert = appAlert(page);
  if (await alert.isVisible()) throw new Error(`${what}: the app reported "${(await alert.innerText()).trim()}"`);
}

/** Waits until `done` (what shows when the job finished) or the app's alert appears; an alert fails the run with its message. */
export async function waitForOutcome(page: Page, done: Locator, what: string): Promise<void> {
  await done.or(appAlert(page)).first().waitFor({ timeout: RUN_TIMEOUT });
  await throwIfAlert(page, what);
}

/** Polls `check` from Node (the CSP forbids waitForFunction's string evaluation) until it holds; an alert fails at once. */
export async function pollUntil(page: Page, what: string, check: () => Promise<boolean>, everyMs = 100): Promise<void> {
  const deadline = Date.now() + RUN_TIMEOUT;
  while (Date.now() < deadline) {
    await throwIfAlert(page, what);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${what}: not done within ${RUN_TIMEOUT / 1000} s`);
}
