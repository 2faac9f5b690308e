import type { UploadFile } from './pages/DataPage';

/** One small file of a monitoring tool's export, with what the import must store: column names, row count, first and last time (UTC). */
export interface FormatFileCase {
  name: string;
  text: string;
  format: string;
  columns: string[];
  rows: number;
  first: string;
  last: string;
}

/** A file written in a test, as the Data panel's upload takes it. */
export function textUpload(name: string, text: string, mimeType: string): UploadFile {
  return { name, mimeType, buffer: Buffer.from(text, 'utf8') };
}
