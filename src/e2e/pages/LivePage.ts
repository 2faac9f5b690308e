import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

/** Loading the model and the first rows take a moment on a busy 2-core machine. */
export const LIVE_TIMEOUT = 60_000;

/** The Live panel, by accessible names only. */
export class LivePage {
  readonly page: Page;
  readonly status: Locator;
  readonly counters: Locator;
  readonly incidents: Locator;
  readonly problems: Locator;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.status = this.page.getByRole('region', { name: 'Session' }).getByRole('status');
    this.counters = this.page.getByRole('region', { name: 'Live counters' });
    this.incidents = this.page.getByRole('region', { name: /^Live incidents/ });
    this.problems = this.page.getByRole('region', { name: 'Problems' });
  }

  async open(): Promise<void> {
    await this.app.openPanel('Live');
  }

  async chooseSource(label: 'Simulated server' | 'Live endpoint' | 'Growing file'): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  /** Opens the panel and runs the simulated server at an hour a second until its first day of rows is scored. */
  async startSimulatedHourly(): Promise<void> {
    await this.open();
    await this.page.getByLabel('Speed', { exact: true }).selectOption({ label: 'An hour a second (3600×)' });
    await this.button('Start').click();
    await expect(this.status).toHaveText(/Live: scoring rows/, { timeout: LIVE_TIMEOUT });
    await this.expectCounterAtLeast('Scored', 24);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A counter's number, e.g. "Scored" → 1234 (the rate in brackets left out). */
  async counter(label: string): Promise<number> {
    const text = await this.counters.locator('div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}`) }) }).locator('dd').innerText();
    return Number(text.split('(')[0].replace(/[^\d]/g, ''));
  }

  async expectCounterAtLeast(label: string, value: number): Promise<void> {
    await expect.poll(() => this.counter(label), { timeout: LIVE_TIMEOUT }).toBeGreaterThanOrEqual(value);
  }

  /** Rows of the live incidents table. */
  incidentRows(): Locator {
    return this.incidents.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** Each incident's start (its Start (UTC) cell), epoch ms. */
  async incidentStarts(): Promise<number[]> {
    const cells = await this.incidentRows().locator('td:nth-child(2)').allInnerTexts();
    return cells.map(utcMinute);
  }

  /** The newest simulated anomaly of `type` the user injected, from the ground-truth line: its first and last rows' times. */
  async injected(type: string): Promise<{ start: number; end: number }> {
    const truth = this.page.getByLabel('Simulated anomalies', { exact: true });
    await expect(truth).toContainText(`${type} (injected) at`, { timeout: 10_000 });
    const found = new RegExp(`${type} \\(injected\\) at ([\\d :-]+), until ([\\d :-]+)`).exec(await truth.innerText());
    if (!found) throw new Error(`No injected ${type} in the ground-truth line`);
    return { start: utcMinute(found[1]), end: utcMinute(found[2]) };
  }
}

/** "2026-03-02 16:45" (UTC, as the app writes it) → epoch ms. */
export function utcMinute(text: string): number {
  return Date.parse(`${text.trim().replace(' ', 'T')}:00Z`);
}
