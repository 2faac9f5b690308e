import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

/** Training settings a spec may set; anything left out keeps the form's value. */
export interface TrainFormSettings {
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  patience?: number;
  window?: number;
  /** The backend select's option label, e.g. "WebAssembly (processor)". */
  backend?: 'Automatic (fastest here)' | 'WebGL (graphics card)' | 'WebAssembly (processor)' | 'Plain JavaScript (slowest)';
}

/** Training on software WebGL or with many small batches; the run itself is never timed by the specs. */
export const TRAINING_TIMEOUT = 180_000;

const FIELD_LABELS = { epochs: 'Epochs', batchSize: 'Batch size', learningRate: 'Learning rate', patience: 'Patience (epochs)', window: 'Window (steps)' } as const;

/** The Train panel, by accessible names only. */
export class TrainPage {
  readonly page: Page;
  readonly trainButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly models: Locator;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.trainButton = this.page.getByRole('button', { name: 'Train', exact: true });
    this.cancelButton = this.page.getByRole('button', { name: 'Cancel', exact: true });
    this.progress = this.page.getByRole('progressbar', { name: 'Training progress' });
    this.status = this.page.getByRole('region', { name: 'Train' }).getByRole('status');
    this.models = this.page.getByRole('region', { name: 'Models' });
  }

  async open(): Promise<void> {
    await this.app.openPanel('Train');
    await expect(this.trainButton).toBeVisible();
  }

  async fill(settings: TrainFormSettings): Promise<void> {
    for (const key of Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]) {
      const value = settings[key];
      if (value !== undefined) await this.page.getByLabel(FIELD_LABELS[key], { exact: true }).fill(String(value));
    }
    if (settings.backend) await this.page.getByLabel('Backend', { exact: true }).selectOption({ label: settings.backend });
  }

  /** Fills the form and clicks Train without waiting for the run. */
  async start(settings: TrainFormSettings = {}): Promise<void> {
    await this.fill(settings);
    await this.trainButton.click();
  }

  /** Trains the default model (or these settings) on WebAssembly (the fastest backend here) and waits until it is saved. */
  async trainOnWasm(settings: TrainFormSettings = {}): Promise<void> {
    await this.open();
    await this.start({ ...settings, backend: 'WebAssembly (processor)' });
    await this.waitForTrained();
  }

  /** Waits for the run to finish and save; returns the status line. */
  async waitForTrained(): Promise<string> {
    await expect(this.status).toContainText('Trained and saved as', { timeout: TRAINING_TIMEOUT });
    return (await this.status.innerText()).trim();
  }

  /** Waits until batches are being reported. */
  async waitForRunning(): Promise<void> {
    await expect(this.status).toContainText(/Epoch \d+ of \d+/, { timeout: TRAINING_TIMEOUT });
  }

  useButtons(): Locator {
    return this.models.getByRole('button', { name: /^Use / });
  }

  async modelNames(): Promise<string[]> {
    const labels = await this.useButtons().evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.replace(/^Use /, ''));
  }

  /** The chart of the run in progress (it gives way to the saved model's chart when the run ends). */
  liveChart(): Locator {
    return this.page.getByRole('figure', { name: /^Loss while training/ });
  }

  /** The `d` of each loss line (training, validation) drawn in `chart`, to see a curve grow; none when it is not drawn. */
  async lossPaths(chart: Locator): Promise<string[]> {
    return chart.locator('path.chart-line').evaluateAll((paths) => {
      if (paths.length === 0) return [];
      const validation = (path: Element) => path.classList.contains('chart-line--validation');
      return [paths.find((path) => !validation(path)), paths.find(validation)].map((path) => path?.getAttribute('d') ?? '');
    });
  }

  /** The picked model's saved curves are drawn: a training-loss line with geometry. */
  async expectSavedCurves(modelName: string): Promise<void> {
    const chart = this.page.getByRole('figure', { name: `Loss of ${modelName}`, exact: true });
    await expect(chart).toBeVisible();
    await expect(chart.locator('path.chart-line[d]:not([d=""])').first()).toBeAttached();
  }
}
