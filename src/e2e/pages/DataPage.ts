import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** An upload in memory: a name, a MIME type and the bytes. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Imports are small in the specs, but a busy machine may be slow to parse and save. */
export const IMPORT_TIMEOUT = 60_000;

/** A file from src/e2e/fixtures. */
export async function fixtureFile(name: string, mimeType = 'text/plain'): Promise<UploadFile> {
  return { name, mimeType, buffer: await readFile(path.join(FIXTURES, name)) };
}

/** The Data panel: upload, mapping, Import, the report; the dataset list is the AppPage's. */
export class DataPage {
  readonly page: Page;
  readonly logsInput: Locator;
  readonly labelsInput: Locator;
  readonly dropZone: Locator;
  readonly importButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly report: Locator;

  constructor(readonly app: AppPage) {
    const page = (this.page = app.page);
    this.logsInput = page.getByLabel('Upload logs', { exact: true });
    this.labelsInput = page.getByLabel('Upload labels', { exact: true });
    this.dropZone = page.getByRole('group', { name: 'Log file drop zone', exact: true });
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
    this.progress = page.getByRole('progressbar', { name: 'Import progress' });
    this.status = app.activePanel.getByRole('status');
    this.report = page.getByRole('region', { name: 'Import report', exact: true });
  }

  async open(): Promise<void> {
    await this.app.openPanel('Data');
  }

  previewTable(fileName: string): Locator {
    return this.page.getByRole('table', { name: `First rows of ${fileName}`, exact: true });
  }

  valueColumn(name: string): Locator {
    return this.page.getByRole('group', { name: 'Value columns', exact: true }).getByRole('checkbox', { name, exact: true });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Picks a log file through the "Upload logs" input and waits for its preview. */
  async upload(file: UploadFile): Promise<void> {
    await this.logsInput.setInputFiles(file);
  }

  async expectPreview(fileName: string): Promise<void> {
    await expect(this.previewTable(fileName)).toBeVisible();
    await expect(this.importButton).toBeEnabled();
  }

  /** Drops a file on the drop zone, as a person dragging it from the desktop would. */
  async drop(file: UploadFile): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
    await this.dropZone.dispatchEvent('dragenter', { dataTransfer });
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
  }

  /** Drops a CSV of about `megabytes` MB built inside the page, so it never crosses the wire; `badRows` are rows that are no rows. */
  async dropGeneratedCsv(name: string, megabytes: number, badRows: number[] = []): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, megabytes, badRows }) => {
        const bad = new Set(badRows);
        const parts: string[] = ['timestamp,cpu,ram\n'];
        const start = Date.UTC(2023, 0, 1);
        let size = 0;
        for (let row = 0; size < megabytes * 1e6; ) {
          const lines: string[] = [];
          for (let i = 0; i < 20_000; i++, row++) {
            lines.push(bad.has(row) ? 'not a row' : `${new Date(start + row * 30_000).toISOString()},${(row % 97) + 0.25},${(row % 53) + 20.5}`);
          }
          const part = `${lines.join('\n')}\n`;
          size += part.length;
          parts.push(part);
        }
        const transfer = new DataTransfer();
        transfer.items.add(new File(parts, name, { type: 'text/csv' }));
        return transfer;
      },
      { name, megabytes, badRows },
    );
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
  }

  /** Clicks Import and waits until the dataset is saved and listed under `name`. */
  async importAs(name: string): Promise<void> {
    await this.importButton.click();
    await expect(this.status).toHaveText(`Imported ${name}.`, { timeout: IMPORT_TIMEOUT });
    await expect(this.app.datasets.getByRole('button', { name: `Open ${name}`, exact: true })).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.app.datasets.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    await this.page.getByLabel(`New name for ${from}`, { exact: true }).fill(to);
    await this.page.getByRole('button', { name: `Save name for ${from}`, exact: true }).click();
    await expect(this.app.datasets.getByRole('button', { name: `Open ${to}`, exact: true })).toBeVisible();
  }
}
