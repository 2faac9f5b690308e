import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../shared/dataset';
import type { ImportMapping } from '../../shared/ingest';
import { importFile, previewFile } from './importPipeline';

// The public benchmark data sets live beside the repository and are never committed (see their README);
// these tests take the folder from $SHARED_DATA and skip cleanly when it is absent.
const DATA = process.env.SHARED_DATA ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const NAB_DIR = join(DATA, 'NAB/data/realAWSCloudwatch');
const SMD = { data: join(DATA, 'SMD/test/machine-2-1.txt'), labels: join(DATA, 'SMD/test_label/machine-2-1.txt') };

const read = (path: string) => readFileSync(path, 'utf8');
const nabFiles = existsSync(NAB_DIR) ? readdirSync(NAB_DIR).filter((name) => name.endsWith('.csv')).sort() : [];
const MAIN_NAB = nabFiles.includes('ec2_cpu_utilization_24ae8d.csv') ? 'ec2_cpu_utilization_24ae8d.csv' : nabFiles[0];

/** A file from the data folder, as the browser would hand it to the importer. */
const fileAt = (path: string): File => new File([readFileSync(path)], basename(path));
const OPTIONS = { id: 'shared', createdAt: 0 };

/** The mapping the app proposes, from the file's first 64 KB, exactly as the worker sniffs it. */
async function sniffed(file: File): Promise<ImportMapping> {
  return (await previewFile(file)).mapping;
}

/** The importer's whole path as the worker runs it: stream, parse, labels against parsed rows, align, build. */
async function importWith(file: File, map: ImportMapping, labels: File): Promise<Dataset> {
  return (await importFile(file, map, labels, OPTIONS)).dataset;
}

describe.skipIf(nabFiles.length === 0)('NAB realAWSCloudwatch with combined_windows.json', () => {
  // A placeholder name keeps one (skipped) test when the folder is absent: an empty file fails vitest.
  it.each(nabFiles.length > 0 ? nabFiles : ['(no NAB files)'])('imports %s: every distinct row, one event per window', async (name) => {
    const windows = JSON.parse(read(join(DATA, 'NAB/labels/combined_windows.json'))) as Record<string, unknown[]>;
    const text = read(join(NAB_DIR, name));
    const file = fileAt(join(NAB_DIR, name));
    const nabMapping = await sniffed(file);
    expect(nabMapping).toMatchObject({ format: 'delimited', timeColumn: 'timestamp', timeFormat: 'datetime', valueColumns: ['value'] });
    const rows = text.trim().split('\n').slice(1);
    const distinct = new Set(rows.map((row) => row.split(',')[0])).size;
    const dataset = await importWith(file, nabMapping, fileAt(join(DATA, 'NAB/labels/combined_windows.json')));
    const report = dataset.meta.report!;
    expect(report.rowsRead).toBe(rows.length);
    expect(report.skipped.count).toBe(0);
    expect(report.duplicatesDropped).toBe(rows.length - distinct);
    expect(report.rowsImported).toBe(distinct);
    expect(dataset.meta.rowCount).toBe(distinct + report.filledRows);
    expect(dataset.meta.intervalMs).toBe(300_000);
    expect(report.labels!.labelledRows).toBeGreaterThan(0);
    expect(dataset.events).toHaveLength(windows[`realAWSCloudwatch/${name}`].length);
    expect(dataset.meta.eventCount).toBe(dataset.events.length);
  });

  it(`marks the anomaly points of ${MAIN_NAB} from combined_labels.json`, async () => {
    const points = JSON.parse(read(join(DATA, 'NAB/labels/combined_labels.json'))) as Record<string, string[]>;
    const file = fileAt(join(NAB_DIR, MAIN_NAB));
    const dataset = await importWith(file, await sniffed(file), fileAt(join(DATA, 'NAB/labels/combined_labels.json')));
    expect(dataset.meta.report!.labels!.labelledRows).toBe(points[`realAWSCloudwatch/${MAIN_NAB}`].length);
  });
});

describe.skipIf(!existsSync(SMD.data) || !existsSync(SMD.labels))('SMD machine-2-1 with its test_label', () => {
  it('imports every row at one a minute with exactly the label file\'s anomalies', async () => {
    const text = read(SMD.data);
    const file = fileAt(SMD.data);
    const labelText = read(SMD.labels);
    const rows = text.trim().split('\n');
    const columns = rows[0].split(',').length;
    const ones = labelText.split('\n').filter((line) => line.trim() === '1').length;
    const map = { ...(await sniffed(file)), intervalSeconds: 60 };
    expect(map).toMatchObject({ format: 'headerless', timeColumn: null });
    expect(map.valueColumns).toHaveLength(columns);
    const dataset = await importWith(file, map, fileAt(SMD.labels));
    expect(rows.length).toBeGreaterThan(23_000);
    expect(dataset.meta.rowCount).toBe(rows.length);
    expect(dataset.meta.columnKeys).toHaveLength(38);
    expect(dataset.missing).toBeNull();
    expect(dataset.meta.end - dataset.meta.start).toBe((rows.length - 1) * 60_000);
    expect(ones).toBeGreaterThan(0);
    expect(dataset.meta.report!.labels!.labelledRows).toBe(ones);
    const runs = labelText.split('\n').filter((line, i, all) => line.trim() === '1' && all[i - 1]?.trim() !== '1').length;
    expect(dataset.events).toHaveLength(runs);
  });
});
