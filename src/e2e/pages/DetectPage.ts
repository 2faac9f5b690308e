import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage, DownloadedFile } from './AppPage';

/** Scoring a dataset is quick, but the first run starts a worker and loads tfjs on a busy machine. */
export const DETECT_TIMEOUT = 120_000;

const FLAGGED = /([\d,]+) of ([\d,]+) rows flagged/;

/** The Detect panel, by accessible names only. */
export class DetectPage {
  readonly page: Page;
  readonly detectButton: Locator;
  readonly status: Locator;
  readonly slider: Locator;
  readonly falseAlarms: Locator;
  readonly incidents: Locator;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.detectButton = this.page.getByRole('button', { name: 'Detect', exact: true });
    this.status = this.page.getByRole('region', { name: 'Detect' }).getByRole('status');
    // Its unit depends on the model: multiples of the usual error, or a raw error for a model saved before score profiles.
    this.slider = this.page.getByRole('slider', { name: /^Threshold \(/ });
    this.falseAlarms = this.page.getByLabel('Validation rows flagged (%)', { exact: true });
    this.incidents = this.page.getByRole('region', { name: /^Incidents/ });
  }

  async open(): Promise<void> {
    await this.app.openPanel('Detect');
    await expect(this.detectButton).toBeVisible();
  }

  /** Clicks Detect and waits for the scores. */
  async detect(): Promise<void> {
    await this.detectButton.click();
    await expect(this.status).toContainText(/Scored [\d,]+ rows/, { timeout: DETECT_TIMEOUT });
  }

  /** Flagged and scored row counts from the threshold card. */
  async flagged(): Promise<{ flagged: number; scored: number }> {
    const text = await this.page.getByRole('region', { name: 'Threshold' }).innerText();
    const match = FLAGGED.exec(text);
    if (!match) throw new Error(`no flagged count in: ${text}`);
    const count = (s: string) => Number(s.replace(/,/g, ''));
    return { flagged: count(match[1]), scored: count(match[2]) };
  }

  /** The incidents heading's count, e.g. "Incidents (12)". */
  async incidentCount(): Promise<number> {
    const heading = await this.incidents.getByRole('heading').innerText();
    return Number(/\(([\d,]+)\)/.exec(heading)?.[1].replace(/,/g, '') ?? Number.NaN);
  }

  async download(name: 'Download anomalies CSV' | 'Download incidents CSV' | 'Download model'): Promise<DownloadedFile> {
    return this.app.download(name);
  }
}
