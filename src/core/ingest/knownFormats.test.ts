import { describe, expect, it } from 'vitest';
import { previewFile } from './importPipeline';
import { sniffFormat } from './sniff';
import { importError } from './testing';

const LISTED = /This app reads: CSV\/TSV.*Prometheus.*InfluxDB annotated CSV; sysstat sadf -d; vmstat -t, sar and iostat -x -t text; Windows PerfMon\/typeperf CSV;/;

describe('a file of no known kind', () => {
  it('is told which formats the app reads, not that the file is wrong', () => {
    const prose = 'Dear team,\nthe server was slow today\nand the disk filled up.\nRegards\n';
    expect(importError(() => sniffFormat(prose, 'note.txt', prose.length, false)).message).toMatch(LISTED);
  });

  it('gets the list for a first line far too long for any text format too', async () => {
    const oneLine = new File([`${'x'.repeat(70_000)}\nend\n`], 'blob.txt');
    await expect(previewFile(oneLine)).rejects.toThrow(LISTED);
  });
});
