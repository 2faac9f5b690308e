import type { ImportMapping, ImportPreview } from '../../shared/ingest';

/** What one format's sniffer found: the mapping fields it decides, the columns, sample rows and notes. */
export interface Sniffed extends Pick<ImportPreview, 'columns' | 'sampleRows' | 'notes' | 'hosts'> {
  mapping: Partial<ImportMapping> & Pick<ImportMapping, 'format'>;
}
