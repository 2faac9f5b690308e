import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError, isAbortError } from '../../shared/errors';
import type { ImportProgress } from '../../shared/ingest';
import { importFile, previewFile } from './importPipeline';
import { csvMapping } from './testing';

const CSV_MAPPING = csvMapping();

const OPTIONS = { id: 'up-1', createdAt: 1_700_000_000_000 };

function file(content: string | Uint8Array, name: string): File {
  return new File([content as BlobPart], name);
}

/** A minute-by-minute CSV of `rows` rows starting 2024-01-03 14:00 UTC, skipping the rows in `gaps`. */
function csv(rows: number, gaps: number[] = []): string {
  const lines = ['timestamp,cpu,ram,host'];
  for (let i = 0; i < rows; i++) {
    if (gaps.includes(i)) continue;
    const time = new Date(Date.UTC(2024, 0, 3, 14, i)).toISOString().slice(0, 19).replace('T', ' ');
    lines.push(`${time},${(i * 1.25).toFixed(2)},${50 + i},web-1`);
  }
  return `${lines.join('\n')}\n`;
}

describe('importFile', () => {
  it('imports a CSV with a gap: rows forward-filled and flagged, named after the file, reported', async () => {
    const progress: ImportProgress[] = [];
    const { dataset, report } = await importFile(file(csv(10, [4, 5]), 'web.csv'), CSV_MAPPING, null, {
      ...OPTIONS,
      onProgress: (p) => progress.push(p),
    });
    expect(dataset.meta).toMatchObject({ id: 'up-1', name: 'web.csv', source: 'upload', rowCount: 10, columnKeys: ['cpu', 'ram'], intervalMs: 60_000 });
    expect(Array.from(dataset.missing ?? [])).toEqual([0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
    expect(dataset.columns[0].values[5]).toBeCloseTo(3.75);
    expect(report).toMatchObject({ fileName: 'web.csv', rowsRead: 8, rowsImported: 8, filledRows: 2, gaps: { count: 1, missingRows: 2 } });
    expect(dataset.meta.report).toEqual(report);
    expect(progress[0]).toEqual({ phase: 'reading', bytesRead: 0, totalBytes: csv(10, [4, 5]).length });
    expect(progress.at(-1)?.phase).toBe('building');
  });

  it('reads a gzip file the same as the plain one', async () => {
    const text = csv(30);
    const plain = await importFile(file(text, 'a.csv'), CSV_MAPPING, null, OPTIONS);
    const gz = await importFile(file(gzipSync(text), 'a.csv.gz'), { ...CSV_MAPPING, compressed: true }, null, OPTIONS);
    expect(Array.from(gz.dataset.timestamps)).toEqual(Array.from(plain.dataset.timestamps));
    expect(Array.from(gz.dataset.columns[1].values)).toEqual(Array.from(plain.dataset.columns[1].values));
    expect(gz.report.bytesRead).toBeLessThan(text.length);
  });

  it('applies a one-label-per-line file to the rows as parsed, before the gap is filled', async () => {
    const labels = '0\n0\n0\n0\n1\n1\n0\n0\n';
    const { dataset, report } = await importFile(file(csv(10, [2, 3]), 'web.csv'), CSV_MAPPING, file(labels, 'test_label.txt'), OPTIONS);
    // Row 4 and 5 of the file are labelled; after filling rows 2 and 3 they sit at grid steps 6 and 7.
    expect(Array.from(dataset.labels ?? []).map((code) => (code === 0 ? 0 : 1))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]).toMatchObject({ startIndex: 6, endIndex: 7 });
    expect(report.labels).toMatchObject({ labelledRows: 2, events: 1 });
  });

  it('reads debug_logs.txt windows by time, gzip or not', async () => {
    const debug =
      '# debug_logs.txt · format 1 · times UTC · 1 injected anomalies\n' +
      '2024-01-03 14:02:00 [server-1] [ANOMALY] Unexpected Spike | until 2024-01-03 14:04:00 | process app | metrics cpu\n';
    const { dataset } = await importFile(file(csv(10), 'web.csv'), CSV_MAPPING, file(gzipSync(debug), 'debug_logs.txt.gz'), OPTIONS);
    expect(dataset.events).toMatchObject([{ type: 'Unexpected Spike', startIndex: 2, endIndex: 4 }]);
  });

  it('names the label file when it does not fit the data', async () => {
    const error = await importFile(file(csv(10), 'web.csv'), CSV_MAPPING, file('0\n1\n', 'labels.txt'), OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^labels\.txt: has 2 labels but the data has 10 rows/);
  });

  it('rejects a binary file and a non-UTF-8 file naming them', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(importFile(file(png, 'chart.png'), CSV_MAPPING, null, OPTIONS)).rejects.toThrow('chart.png: looks like a binary file (PNG image), not a text log');
    const latin1 = new Uint8Array([...new TextEncoder().encode(csv(3)), 0x74, 0xe9, 0x0a]);
    await expect(importFile(file(latin1, 'latin1.csv'), CSV_MAPPING, null, OPTIONS)).rejects.toThrow(/^latin1\.csv: is not UTF-8 text \(invalid byte near byte \d+\)/);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await importFile(file(csv(10), 'web.csv'), CSV_MAPPING, null, { ...OPTIONS, signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});

describe('previewFile', () => {
  it('rejects binary files before sniffing', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    await expect(previewFile(file(zip, 'logs.zip'))).rejects.toThrow('logs.zip: looks like a binary file (ZIP archive), not a text log');
  });

  it('refuses a head without one complete data line, naming the line', async () => {
    const oneLine = file(`${'a,'.repeat(100_000)}\n`, 'one-line.csv');
    await expect(previewFile(oneLine)).rejects.toThrow(/^one-line\.csv, line 1: this line is longer than 64 KB/);
    const secondLine = file(`timestamp,v\n2024-01-01 00:00:00,${'1'.repeat(100_000)}\n`, 'wide.csv');
    await expect(previewFile(secondLine)).rejects.toThrow(/^wide\.csv, line 2: this line is longer than 64 KB/);
  });

  it('sniffs only whole lines of a long file, gzip or not', async () => {
    const text = csv(3000);
    const plain = await previewFile(file(text, 'long.csv'));
    expect(plain.mapping).toMatchObject({ format: 'delimited', compressed: false, timeColumn: 'timestamp', valueColumns: ['cpu', 'ram'] });
    const gz = await previewFile(file(gzipSync(text), 'long.csv.gz'));
    expect(gz.mapping).toEqual({ ...plain.mapping, compressed: true });
  });
});
