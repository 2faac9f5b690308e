import { describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../shared/errors';
import type { ImportMapping } from '../../shared/ingest';
import { importFile, type NamedBlob } from './importPipeline';
import { inThreadPartReader, MIN_PARTED_BYTES, readInParts, splitOffset, type PartReader } from './partedRead';
import { createPartedParser, createRowParser } from './rowParser';
import type { ParsedTable } from './table';
import { csvMapping } from './testing';

const SERVER_LOG: ImportMapping = { ...csvMapping(), format: 'server-log', delimiter: null, timeColumn: null, timeFormat: null, valueColumns: ['cpu', 'ram'] };
const CSV = csvMapping();
const START = Date.UTC(2024, 0, 1);

const stamp = (i: number) => new Date(START + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');

/** A server log of `rows` minutes; `line(i)` may replace a row's line. */
function serverLog(rows: number, line: (i: number) => string | null = () => null): string {
  const lines = Array.from({ length: rows }, (_, i) => line(i) ?? `${stamp(i)} [web-1] cpu=${(i % 97) + 0.5} ram=${50 + (i % 13)}`);
  return `${lines.join('\n')}\n`;
}

/** A CSV of `rows` minutes after a comment and a header; `line(i)` may replace a row's line. */
function csv(rows: number, line: (i: number) => string | null = () => null): string {
  const lines = Array.from({ length: rows }, (_, i) => line(i) ?? `${stamp(i)},${(i % 97) + 0.5},${50 + (i % 13)}`);
  return `# exported by a test\ntimestamp,cpu,ram\n${lines.join('\n')}\n`;
}

/** The table one parser gives reading the whole text. */
function wholeTable(text: string, mapping: ImportMapping): ParsedTable {
  const parser = createRowParser(mapping, 'metrics');
  parser.push(text);
  return parser.finish();
}

/** The table of the text read in two parts, split at its middle line break. */
async function partedTable(text: string, mapping: ImportMapping, partReader: PartReader = inThreadPartReader) {
  const file = new Blob([text]);
  const split = await splitOffset(file);
  if (split === null) throw new Error('no split');
  const parser = createPartedParser(mapping, 'metrics')!;
  return { split, ...(await readInParts({ file, mapping, fileName: 'metrics', parser, split, partReader, onBytes: () => undefined })) };
}

describe('reading a file in two parts', () => {
  it('gives a server log the table one parser gives: rows, counts, and skipped lines numbered from the file start', async () => {
    const bad = new Set([3, 2500, 2999]);
    const text = serverLog(3000, (i) => (bad.has(i) ? `${stamp(i)} [web-1] cpu=lots ram=1` : null));
    const { table, readers, split } = await partedTable(text, SERVER_LOG);
    expect(readers).toBe(2);
    expect(split).toBeGreaterThan(text.length / 2);
    expect(table).toEqual(wholeTable(text, SERVER_LOG));
    expect(table.skipped.examples.map((e) => e.line)).toEqual([4, 2501, 3000]);
  });

  it('gives a CSV the same table, its header read first by the second reader', async () => {
    const text = csv(4000, (i) => (i === 3100 ? `${stamp(i)},1` : i === 3200 ? 'not a row' : null));
    const { table, readers } = await partedTable(text, CSV);
    expect(readers).toBe(2);
    expect(table).toEqual(wholeTable(text, CSV));
    expect(table.skipped.examples.map((e) => e.line)).toEqual([3103, 3203]);
  });

  it('reads on alone when the split falls inside a quoted field that spans lines, with the same table', async () => {
    const text = csv(2000, (i) => (i === 999 ? `${stamp(i)},"1\n${'x'.repeat(40)}\n",2` : null));
    const middle = text.length / 2;
    const quoted = text.indexOf('"');
    expect(quoted).toBeLessThan(middle);
    expect(text.indexOf('"', quoted + 1)).toBeGreaterThan(middle);
    const { table, readers } = await partedTable(text, CSV);
    expect(readers).toBe(1);
    expect(table).toEqual(wholeTable(text, CSV));
  });

  it('reads on alone when the second part names another server, so its lines are skipped as one parser skips them', async () => {
    const text = serverLog(2000, (i) => (i >= 990 ? `${stamp(i)} [db-01] cpu=${(i % 97) + 0.5} ram=${50 + (i % 13)}` : null));
    const { table, readers } = await partedTable(text, SERVER_LOG);
    expect(readers).toBe(1);
    expect(table).toEqual(wholeTable(text, SERVER_LOG));
    expect(table.skipped.count).toBeGreaterThan(900);
  });

  it('reads on alone when the second reader fails', async () => {
    const text = serverLog(2000);
    const failing: PartReader = () => Promise.reject(new Error('worker crashed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { table, readers } = await partedTable(text, SERVER_LOG, failing);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(readers).toBe(1);
    expect(table).toEqual(wholeTable(text, SERVER_LOG));
  });

  it('judges field counts over the whole file: mostly wrong rows in the second part fail as they do in one pass', async () => {
    const text = csv(3000, (i) => (i >= 1200 ? `${stamp(i)},1` : null));
    const whole = (() => {
      try {
        wholeTable(text, CSV);
      } catch (error) {
        return error;
      }
    })();
    expect(whole).toBeInstanceOf(ImportError);
    await expect(partedTable(text, CSV)).rejects.toThrow((whole as ImportError).message);
  });

  it('has no split in a file without a line break after its middle', async () => {
    expect(await splitOffset(new Blob(['a,b\n1,2'.padEnd(500, '3')]))).toBeNull();
  });

  it('is no choice for rows that depend on the rows before them: row-number times, long tables, headerless files', () => {
    expect(createPartedParser(csvMapping({ timeColumn: null, intervalSeconds: 60, startTime: 0 }), 'f')).toBeNull();
    expect(createPartedParser(csvMapping({ long: { seriesColumn: 'name', valueColumn: 'value' } }), 'f')).toBeNull();
    expect(createPartedParser(csvMapping({ format: 'headerless', timeColumn: 'col1' }), 'f')).toBeNull();
    expect(createPartedParser(CSV, 'f')).not.toBeNull();
    expect(createPartedParser(SERVER_LOG, 'f')).not.toBeNull();
  });
});

describe('importFile with a part reader', () => {
  const options = { id: 'up', createdAt: 0 };
  const named = (text: string, name: string) => Object.assign(new Blob([text]), { name }) as NamedBlob;

  it('reads a file from 16 MB in two parts and imports what one reader imports', async () => {
    const rows = Math.ceil(MIN_PARTED_BYTES / serverLog(1).length) + 10;
    const file = named(serverLog(rows), 'server_logs.txt');
    const reader = vi.fn(inThreadPartReader);
    const both = await importFile(file, SERVER_LOG, null, { ...options, partReader: reader });
    const one = await importFile(file, SERVER_LOG, null, options);
    expect(reader).toHaveBeenCalledOnce();
    expect(both.report.readers).toBe(2);
    expect(one.report.readers).toBe(1);
    expect(both.dataset.meta.rowCount).toBe(rows);
    expect({ ...both.report, readers: 1 }).toEqual(one.report);
    expect(both.dataset.columns).toEqual(one.dataset.columns);
  });

  it('reads a smaller file alone', async () => {
    const reader = vi.fn(inThreadPartReader);
    const { report } = await importFile(named(serverLog(100), 'small.txt'), SERVER_LOG, null, { ...options, partReader: reader });
    expect(reader).not.toHaveBeenCalled();
    expect(report.readers).toBe(1);
  });
});
