import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export type PanelName = 'Generate' | 'Data' | 'Explore' | 'Train';

/** Generator form fields a spec may set; anything left out keeps the form's value. */
export interface GenerateSettings {
  serverName?: string;
  months?: number;
  intervalSeconds?: number;
  /** yyyy-mm-dd */
  startDate?: string;
  seed?: number;
  /** As typed into "Anomaly probability (%)", e.g. 0.05. */
  anomalyPercent?: number;
}

/** What the status line says after a run. */
export interface GeneratedSummary {
  text: string;
  rows: number;
  columns: number;
}

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
  text: string;
}

/** A big dataset on a slow machine; the run itself is never timed by the specs. */
export const GENERATION_TIMEOUT = 150_000;

const FIELD_LABELS: Record<keyof GenerateSettings, string> = {
  serverName: 'Server name',
  months: 'Months',
  intervalSeconds: 'Interval (seconds)',
  startDate: 'Start date',
  seed: 'Random seed',
  anomalyPercent: 'Anomaly probability (%)',
};

const GENERATED_STATUS = /Generated\s+([\d,.\s\u202f]+?)\s+rows\s+×\s+(\d+)\s+columns/;

function parseCount(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads a role's accessible name out of an aria snapshot line such as `- button "Open x"`. */
function nameFromSnapshot(snapshot: string): string {
  const quoted = /^- \w+ ("(?:[^"\\]|\\.)*")/.exec(snapshot.trim());
  if (!quoted) return '';
  try {
    return JSON.parse(quoted[1]) as string;
  } catch {
    return quoted[1].slice(1, -1);
  }
}

/** The whole single-page app, by accessible names only. */
export class AppPage {
  readonly tablist: Locator;
  readonly datasets: Locator;
  readonly progress: Locator;
  readonly generatedStatus: Locator;
  readonly errorAlert: Locator;
  readonly dismissButton: Locator;
  readonly generateButton: Locator;
  readonly cancelButton: Locator;
  readonly metricSelect: Locator;
  readonly importConfigInput: Locator;

  constructor(readonly page: Page) {
    this.tablist = page.getByRole('tablist', { name: 'Panels' });
    this.datasets = page.getByRole('region', { name: 'Datasets' });
    this.progress = page.getByRole('progressbar', { name: 'Generation progress' });
    this.generatedStatus = page.getByRole('status').filter({ hasText: GENERATED_STATUS });
    this.errorAlert = page.getByRole('alert').filter({ hasText: /\S/ });
    this.dismissButton = page.getByRole('button', { name: 'Dismiss', exact: true });
    this.generateButton = page.getByRole('button', { name: 'Generate', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
    this.metricSelect = page.getByLabel('Metric', { exact: true });
    this.importConfigInput = page.getByLabel('Import configuration', { exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.tablist).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.tablist).toBeVisible();
  }

  // --- navigation ---

  tab(name: string): Locator {
    return this.tablist.getByRole('tab', { name, exact: true });
  }

  /** The visible panel (hidden panels drop out of the accessibility tree). */
  get activePanel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  async openPanel(name: PanelName | string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.activePanel).toBeVisible();
  }

  async tabNames(): Promise<string[]> {
    const tabs = await this.tablist.getByRole('tab').all();
    return Promise.all(tabs.map(async (tab) => nameFromSnapshot(await tab.ariaSnapshot())));
  }

  // --- Generate panel ---

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillSettings(settings: GenerateSettings): Promise<void> {
    for (const key of Object.keys(FIELD_LABELS) as (keyof GenerateSettings)[]) {
      const value = settings[key];
      if (value !== undefined) await this.field(FIELD_LABELS[key]).fill(String(value));
    }
  }

  /** Fills the form and starts a run without waiting for it. */
  async startGeneration(settings: GenerateSettings = {}): Promise<void> {
    await this.openPanel('Generate');
    await this.fillSettings(settings);
    await this.generateButton.click();
  }

  /** Runs the generator and waits until the new dataset is listed and the status reports it. */
  async generate(settings: GenerateSettings = {}): Promise<GeneratedSummary> {
    const before = await this.datasetOpenButtons().count();
    await this.startGeneration(settings);
    await expect(this.datasetOpenButtons()).toHaveCount(before + 1, { timeout: GENERATION_TIMEOUT });
    return this.waitForGenerated();
  }

  async waitForGenerated(): Promise<GeneratedSummary> {
    await expect(this.generatedStatus).toBeVisible({ timeout: GENERATION_TIMEOUT });
    const text = (await this.generatedStatus.innerText()).trim();
    const match = GENERATED_STATUS.exec(text);
    if (!match) throw new Error(`unexpected status line: ${text}`);
    return { text, rows: parseCount(match[1]), columns: Number(match[2]) };
  }

  /** Waits until no run is in progress: Cancel disabled, Generate enabled. */
  async waitForIdle(): Promise<void> {
    await expect(this.cancelButton).toBeDisabled({ timeout: GENERATION_TIMEOUT });
    await expect(this.generateButton).toBeEnabled();
  }

  /** Clicks a button that downloads a file and returns the file. */
  async download(buttonName: string): Promise<DownloadedFile> {
    const button = this.page.getByRole('button', { name: buttonName, exact: true });
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`download from "${buttonName}" failed: ${failure}`);
    const bytes = await readFile(await download.path());
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  async importConfiguration(name: string, contents: string): Promise<void> {
    await this.importConfigInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }

  // --- Datasets ---

  datasetOpenButtons(): Locator {
    return this.datasets.getByRole('button', { name: /^Open / });
  }

  async datasetNames(): Promise<string[]> {
    const buttons = await this.datasetOpenButtons().all();
    const names = await Promise.all(buttons.map(async (button) => nameFromSnapshot(await button.ariaSnapshot())));
    return names.map((name) => name.replace(/^Open /, ''));
  }

  /** Items marked aria-current="true", whether that is the Open button or an element around it. */
  private currentItems(openName: string | RegExp): Locator {
    // Built from the page: a `has` locator is searched inside each candidate, not from the region.
    const open = this.page.getByRole('button', { name: openName, exact: typeof openName === 'string' });
    const current = this.datasets.locator('[aria-current="true"]');
    return current.filter({ has: open }).or(current.and(open));
  }

  /** Exactly one dataset is selected, and it is `name`. */
  async expectSelected(name: string): Promise<void> {
    await expect(this.currentItems(`Open ${name}`)).toHaveCount(1);
    await expect(this.currentItems(/^Open /)).toHaveCount(1);
  }

  async openDataset(name: string): Promise<void> {
    await this.datasets.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  }

  async deleteDataset(name: string): Promise<void> {
    await this.datasets.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await this.page.getByRole('button', { name: `Confirm delete ${name}`, exact: true }).click();
  }

  // --- Explore panel ---

  charts(): Locator {
    return this.page.getByRole('figure');
  }

  chart(title: string | RegExp): Locator {
    return typeof title === 'string'
      ? this.page.getByRole('figure', { name: title, exact: true })
      : this.page.getByRole('figure', { name: title });
  }

  /** A month chart such as "CPU % — January 2024" (any dash between the parts). */
  monthChart(metricLabel: string, month: string): Locator {
    return this.chart(new RegExp(`^${escapeRegExp(metricLabel)}\\s+[—–-]\\s+${month}$`));
  }

  /** A chart counts as drawn once it is visible and its svg holds a path with geometry. */
  async expectChartDrawn(figure: Locator): Promise<void> {
    await expect(figure).toBeVisible();
    await expect(figure.locator('svg path[d]:not([d=""])').first()).toBeAttached();
  }

  /** The zoomable detail of one month, opened by "Zoom <month>". */
  detailChart(metricLabel: string, month: string): Locator {
    return this.chart(new RegExp(`^${escapeRegExp(metricLabel)}\\s+[—–-]\\s+${month} \\(detail\\)$`));
  }

  zoomButton(month: string): Locator {
    return this.page.getByRole('button', { name: `Zoom ${month}`, exact: true });
  }

  async selectMetric(labelStart: string): Promise<string> {
    // The chart panel loads lazily: wait for its select before reading the options.
    await expect(this.metricSelect.locator('option').first()).toBeAttached();
    const labels = await this.metricSelect.locator('option').allTextContents();
    const label = labels.map((text) => text.trim()).find((text) => text.startsWith(labelStart));
    if (!label) throw new Error(`no "${labelStart}" option in Metric: ${labels.join(', ')}`);
    await this.metricSelect.selectOption({ label });
    return label;
  }

  async savePng(chartTitle: string): Promise<DownloadedFile> {
    return this.download(`Save ${chartTitle} as PNG`);
  }
}
