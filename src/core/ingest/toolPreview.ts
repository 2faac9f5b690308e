import type { ImportPreview, SourceFormat } from '../../shared/ingest';
import { LineSplitter } from './lineSplitter';
import { TOOL_FORMATS } from './sniffTools';
import { ToolScan } from './sniffTool';

/** Tool formats whose series may first appear anywhere in a file (one table, report or activity after another). */
const SCANNED = new Set<SourceFormat>(['influx-csv', 'sadf', 'sysstat-text']);

/** True when a big file of this format is read whole for its preview. */
export function needsToolScan(format: SourceFormat): boolean {
  return SCANNED.has(format);
}

/**
 * Completes the preview of a big tool export from its whole text, streamed: every series and host of
 * the file (InfluxDB tables, sar reports and sadf activities come one after another) becomes a
 * candidate column, and one with no value anywhere is not ticked. Memory holds one entry per series.
 */
export async function completeToolPreview(preview: ImportPreview, chunks: AsyncIterable<string>): Promise<ImportPreview> {
  const { format } = preview.mapping;
  const reader = TOOL_FORMATS[format];
  if (reader === undefined || !needsToolScan(format)) return preview;
  const scan = new ToolScan(reader, preview.fileName);
  const splitter = new LineSplitter(preview.fileName, (text, start, end, line) => scan.read(text.slice(start, end), line));
  for await (const text of chunks) splitter.push(text);
  splitter.finish();
  const found = scan.describe(format, 'the file');
  const kept = preview.notes.filter((note) => note.startsWith('gzip'));
  return { ...preview, ...found, mapping: { ...preview.mapping, ...found.mapping }, notes: [...found.notes, ...kept] };
}
