import type { ImportMapping, ImportPreview } from '../../shared/ingest';
import { checkHead, headLines } from './headChecks';
import { sniffJsonArray, sniffJsonLines } from './sniffJson';
import { sniffLog } from './sniffLogs';
import { detectSeriesJson } from './seriesJson';
import { sniffSeriesJson } from './sniffSeriesJson';
import { sniffDelimited } from './sniffTable';
import { sniffToolText } from './sniffTools';
import type { Sniffed } from './sniffTypes';

// JSON starts `[{`/`[]` or `{"`/`{}`; a log line may start with `[` too (`[2024-01-01 ...]`).
const JSON_ARRAY = /^\s*\[\s*[{\]]/;
const JSON_OBJECT = /^\s*\{\s*["}]/;

function detect(text: string, fileName: string): Sniffed {
  if (JSON_ARRAY.test(text)) return sniffJsonArray(text, fileName);
  // Monitoring tools' JSON (Prometheus, CloudWatch, ...) is told by its keys, before any line is cut.
  const series = JSON_OBJECT.test(text) ? detectSeriesJson(text) : null;
  if (series !== null) return sniffSeriesJson(text, fileName, series);
  const { all, data } = headLines(text, fileName);
  if (JSON_OBJECT.test(text)) return sniffJsonLines(data, fileName);
  const tool = sniffToolText(all, fileName);
  if (tool !== null) return tool;
  const comments = all.filter((l) => l.text.startsWith('#'));
  return sniffLog(data, comments, fileName) ?? sniffDelimited(data, fileName);
}

/**
 * Detects format, delimiter, header, time column and format, numeric columns, a label column and a
 * long layout from the first part of a decoded file (e.g. 64 KB), for the user to confirm or edit.
 * Throws ImportError for text that is no metric log: empty or only comments, binary, HTML, no numeric
 * column, inconsistent columns, unknown log or JSON layouts.
 */
export function sniffFormat(head: string, fileName: string, sizeBytes: number, compressed: boolean): ImportPreview {
  const text = checkHead(head, fileName);
  const found = detect(text, fileName);
  const mapping: ImportMapping = {
    compressed,
    delimiter: null,
    timeColumn: null,
    timeFormat: null,
    valueColumns: [],
    long: null,
    labelColumn: null,
    intervalSeconds: null,
    startTime: null,
    ...found.mapping,
  };
  const notes = compressed ? [...found.notes, 'gzip-compressed: decompressed while reading.'] : found.notes;
  const hosts = found.hosts ? { hosts: found.hosts } : {};
  return { fileName, sizeBytes, mapping, columns: found.columns, sampleRows: found.sampleRows, notes, ...hosts };
}
