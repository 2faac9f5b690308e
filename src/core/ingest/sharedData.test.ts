import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../shared/dataset';
import type { ImportMapping } from '../../shared/ingest';
import { alignTable } from './align';
import { buildImportedDataset } from './buildDataset';
import { parseLabelFile } from './labels';
import { createRowParser } from './rowParser';
import { sniffFormat } from './sniff';

// The public benchmark data sets live beside the repository and are never committed (see their README).
const DATA = process.env.SHARED_DATA ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const NAB_DIR = join(DATA, 'NAB/data/realAWSCloudwatch');
const SMD = { data: join(DATA, 'SMD/test/machine-2-1.txt'), labels: join(DATA, 'SMD/test_label/machine-2-1.txt') };

const read = (path: string) => readFileSync(path, 'utf8');
const nabFiles = existsSync(NAB_DIR) ? readdirSync(NAB_DIR).filter((name) => name.endsWith('.csv')).sort() : [];
const MAIN_NAB = nabFiles.includes('ec2_cpu_utilization_24ae8d.csv') ? 'ec2_cpu_utilization_24ae8d.csv' : nabFiles[0];

/** The mapping the app would propose, from the first 64 KB cut at a line break, as the worker sniffs it. */
function sniffed(text: string, fileName: string): ImportMapping {
  const head = text.slice(0, 64 * 1024);
  return sniffFormat(head.slice(0, head.lastIndexOf('\n') + 1), fileName, text.length, false).mapping;
}

/** The importer's core path as the worker runs it: stream-parse, read labels against parsed rows, align, build. */
function importText(text: string, fileName: string, map: ImportMapping, label: { text: string; name: string }): Dataset {
  const parser = createRowParser(map, fileName);
  for (let at = 0; at < text.length; at += 64 * 1024) parser.push(text.slice(at, at + 64 * 1024));
  const table = parser.finish();
  const labels = parseLabelFile(label.text, label.name, table.timestamps, fileName);
  const intervalMs = map.intervalSeconds === null ? undefined : map.intervalSeconds * 1000;
  const aligned = alignTable({ ...table, labels: labels.labels }, { intervalMs, fileName });
  const report = {
    fileName, format: map.format, bytesRead: text.length, rowsRead: table.rowsRead, skipped: table.skipped, ...aligned.report, labels: null,
  };
  return buildImportedDataset(aligned, labels, report, { id: 'shared', name: fileName, createdAt: 0 });
}

describe.skipIf(nabFiles.length === 0)('NAB realAWSCloudwatch with combined_windows.json', () => {
  // A placeholder name keeps one (skipped) test when the folder is absent: an empty file fails vitest.
  it.each(nabFiles.length > 0 ? nabFiles : ['(no NAB files)'])('imports %s: every distinct row, one event per window', (name) => {
    const windows = JSON.parse(read(join(DATA, 'NAB/labels/combined_windows.json'))) as Record<string, unknown[]>;
    const text = read(join(NAB_DIR, name));
    const nabMapping = sniffed(text, name);
    expect(nabMapping).toMatchObject({ format: 'delimited', timeColumn: 'timestamp', timeFormat: 'datetime', valueColumns: ['value'] });
    const rows = text.trim().split('\n').slice(1);
    const distinct = new Set(rows.map((row) => row.split(',')[0])).size;
    const dataset = importText(text, name, nabMapping, { text: read(join(DATA, 'NAB/labels/combined_windows.json')), name: 'combined_windows.json' });
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

  it(`marks the anomaly points of ${MAIN_NAB} from combined_labels.json`, () => {
    const points = JSON.parse(read(join(DATA, 'NAB/labels/combined_labels.json'))) as Record<string, string[]>;
    const text = read(join(NAB_DIR, MAIN_NAB));
    const dataset = importText(text, MAIN_NAB, sniffed(text, MAIN_NAB), { text: read(join(DATA, 'NAB/labels/combined_labels.json')), name: 'combined_labels.json' });
    expect(dataset.meta.report!.labels!.labelledRows).toBe(points[`realAWSCloudwatch/${MAIN_NAB}`].length);
  });
});

describe.skipIf(!existsSync(SMD.data) || !existsSync(SMD.labels))('SMD machine-2-1 with its test_label', () => {
  it('imports every row at one a minute with exactly the label file\'s anomalies', () => {
    const text = read(SMD.data);
    const labelText = read(SMD.labels);
    const rows = text.trim().split('\n');
    const columns = rows[0].split(',').length;
    const ones = labelText.split('\n').filter((line) => line.trim() === '1').length;
    const map = { ...sniffed(text, 'machine-2-1.txt'), intervalSeconds: 60 };
    expect(map).toMatchObject({ format: 'headerless', timeColumn: null });
    expect(map.valueColumns).toHaveLength(columns);
    const dataset = importText(text, 'machine-2-1.txt', map, { text: labelText, name: 'machine-2-1.txt' });
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
