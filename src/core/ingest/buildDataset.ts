import type { Dataset } from '../../shared/dataset';
import type { ImportReport } from '../../shared/ingest';
import type { AlignedTable } from './align';
import type { ParsedLabels } from './labels';

/** A Dataset from an aligned table, its labels (a label column or file) and the import's report. */
export function buildImportedDataset(
  aligned: AlignedTable,
  labels: ParsedLabels | null,
  report: ImportReport,
  options: { id: string; name: string; createdAt: number },
): Dataset {
  void aligned;
  void labels;
  void report;
  void options;
  throw new Error('buildImportedDataset: being written');
}
