import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from './importPipeline';

const OPTIONS = { id: 'up-1', createdAt: 1_700_000_000_000 };

/** An InfluxDB annotated CSV whose second table (mem) starts far past the first 64 KB. */
function bigFlux(): string {
  const table = (n: number, field: string, measurement: string, rows: number) => {
    const lines = ['#datatype,string,long,dateTime:RFC3339,double,string,string,string', ',result,table,_time,_value,_field,_measurement,host'];
    for (let i = 0; i < rows; i++) lines.push(`,,${n},${new Date(Date.UTC(2024, 0, 16) + i * 60_000).toISOString()},${i % 50},${field},${measurement},web-1`);
    return lines.join('\n');
  };
  return `${table(0, 'usage_user', 'cpu', 2000)}\n\n${table(1, 'used_percent', 'mem', 2000)}\n`;
}

describe('preview of a big tool export', () => {
  it('lists every InfluxDB table of the file, not only those in the first 64 KB, and imports them', async () => {
    const text = bigFlux();
    expect(text.indexOf('used_percent')).toBeGreaterThan(64 * 1024);
    const file = new File([text], 'flux.csv');
    const preview = await previewFile(file);
    expect(preview.mapping.valueColumns).toEqual(['cpu.usage_user', 'mem.used_percent']);
    expect(preview.sampleRows[0]).toEqual(['2024-01-16 00:00:00', '0', '0']);
    const { dataset } = await importFile(file, preview.mapping, null, OPTIONS);
    expect(dataset.columns.map((c) => c.key)).toEqual(['cpu.usage_user', 'mem.used_percent']);
    expect(dataset.meta.rowCount).toBe(2000);
  });

  it('reads a gzip-compressed export whole too, and keeps the gzip note', async () => {
    const file = new File([gzipSync(bigFlux())], 'flux.csv.gz');
    const preview = await previewFile(file);
    expect(preview.mapping.valueColumns).toEqual(['cpu.usage_user', 'mem.used_percent']);
    expect(preview.notes).toContain('gzip-compressed: decompressed while reading.');
  });
});
