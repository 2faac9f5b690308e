import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from './importPipeline';

// The public benchmark sets live outside the project (never committed): $METRICS_DATA_DIR or ../shared/data.
const DATA_DIR = process.env.METRICS_DATA_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'data');
const NAB_FILE = path.join(DATA_DIR, 'NAB', 'data', 'realAWSCloudwatch', 'ec2_cpu_utilization_24ae8d.csv');
const NAB_WINDOWS = path.join(DATA_DIR, 'NAB', 'labels', 'combined_windows.json');
const SMD_FILE = path.join(DATA_DIR, 'SMD', 'test', 'machine-2-1.txt');
const SMD_LABELS = path.join(DATA_DIR, 'SMD', 'test_label', 'machine-2-1.txt');
const OPTIONS = { id: 'real', createdAt: 0 };

async function file(fullPath: string): Promise<File> {
  return new File([await readFile(fullPath)], path.basename(fullPath));
}

function contentLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe.skipIf(!existsSync(NAB_FILE) || !existsSync(NAB_WINDOWS))('NAB data set (shared/data)', () => {
  it('imports an AWS CloudWatch CSV with its anomaly windows', async () => {
    const data = await file(NAB_FILE);
    const preview = await previewFile(data);
    expect(preview.mapping).toMatchObject({ format: 'delimited', timeColumn: 'timestamp', valueColumns: ['value'] });
    const { dataset, report } = await importFile(data, preview.mapping, await file(NAB_WINDOWS), OPTIONS);
    const dataRows = contentLines(await data.text()).length - 1;
    expect(report.rowsRead).toBe(dataRows);
    expect(report.intervalMs).toBe(300_000);
    expect(dataset.meta.rowCount).toBe(report.rowsImported + report.filledRows);
    const windows = (JSON.parse(await readFile(NAB_WINDOWS, 'utf8')) as Record<string, unknown[]>)[`realAWSCloudwatch/${data.name}`];
    expect(dataset.events).toHaveLength(windows.length);
    expect(report.labels?.events).toBe(windows.length);
    expect(report.labels?.labelledRows).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(SMD_FILE) || !existsSync(SMD_LABELS))('SMD data set (shared/data)', () => {
  it('imports a headerless machine with its one-label-per-line file', async () => {
    const data = await file(SMD_FILE);
    const preview = await previewFile(data);
    expect(preview.mapping.format).toBe('headerless');
    expect(preview.mapping.valueColumns).toHaveLength(38);
    const mapping = { ...preview.mapping, intervalSeconds: 60, startTime: Date.UTC(2024, 0, 1) };
    const labelsText = await readFile(SMD_LABELS, 'utf8');
    const { dataset, report } = await importFile(data, mapping, await file(SMD_LABELS), OPTIONS);
    const rows = contentLines(labelsText).length;
    expect(report.rowsRead).toBe(rows);
    expect(dataset.meta.rowCount).toBe(rows);
    expect(dataset.columns).toHaveLength(38);
    expect(report.filledRows).toBe(0);
    const ones = contentLines(labelsText).filter((line) => line.trim() === '1').length;
    expect(report.labels?.labelledRows).toBe(ones);
    expect(dataset.events.length).toBeGreaterThan(0);
  });
});
