import { expect, type Locator, type Page } from '@playwright/test';
import type { DetectPage } from './DetectPage';
import { TRAINING_TIMEOUT } from './TrainPage';

const RETRAINED = /([\d,]+) incidents? before → ([\d,]+) now/;

/** The Detect panel's Feedback card, by accessible names only. */
export class FeedbackPage {
  readonly page: Page;
  readonly card: Locator;
  readonly status: Locator;
  readonly marks: Locator;
  readonly windows: Locator;

  constructor(readonly detector: DetectPage) {
    this.page = detector.page;
    this.card = this.page.getByRole('region', { name: 'Feedback' });
    this.status = this.card.getByRole('status').first();
    this.marks = this.card.getByRole('list', { name: 'Marked not an anomaly' });
    this.windows = this.card.getByRole('list', { name: 'Maintenance windows' });
  }

  button(name: string): Locator {
    return this.card.getByRole('button', { name, exact: true });
  }

  /** Shows the incident in row `index` of the table (its current order) and returns its number. */
  async show(index: number): Promise<number> {
    const show = this.detector.incidents.getByRole('button', { name: /^Show incident \d+$/ }).nth(index);
    const id = Number(/\d+$/.exec((await show.getAttribute('aria-label')) ?? '')?.[0]);
    await show.click();
    await expect(this.card.getByRole('group', { name: `Feedback on incident ${id}` })).toBeVisible();
    return id;
  }

  /** Clicks Retrain with feedback and waits for "N incidents before → M now". */
  async retrain(): Promise<{ before: number; after: number }> {
    await this.button('Retrain with feedback').click();
    await expect(this.status).toContainText(RETRAINED, { timeout: TRAINING_TIMEOUT * 2 });
    const match = RETRAINED.exec(await this.status.innerText());
    const count = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
    return { before: count(match?.[1]), after: count(match?.[2]) };
  }

  /** Adds a window through the form; `kind` is the Repeats option's label. */
  async addWindow(kind: 'Every day' | 'On weekdays' | 'Once', fields: Record<string, string>, weekdays: string[] = []): Promise<void> {
    const form = this.card.getByRole('form', { name: 'Add a maintenance window' });
    await form.getByLabel('Repeats', { exact: true }).selectOption({ label: kind });
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    for (const day of weekdays) await form.getByRole('checkbox', { name: day, exact: true }).check();
    await form.getByRole('button', { name: 'Add window', exact: true }).click();
  }

  async importFile(name: string, contents: string): Promise<void> {
    await this.card.getByLabel('Import feedback', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }
}
