import type { ImportPreview } from '../../shared/ingest';

/**
 * Detects format, delimiter, header, time column and format, and numeric columns from the first
 * part of a decoded file (e.g. 64 KB). Throws ImportError for text that is no metric log (empty, HTML, ...).
 */
export function sniffFormat(head: string, fileName: string, sizeBytes: number, compressed: boolean): ImportPreview {
  void head;
  void fileName;
  void sizeBytes;
  void compressed;
  throw new Error('sniffFormat: being written');
}
