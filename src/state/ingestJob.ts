import type { ImportMapping, ImportPreview, ImportProgress, ImportReport } from '../shared/ingest';

export type IngestStatus = 'idle' | 'previewing' | 'ready' | 'importing' | 'saving' | 'done' | 'cancelled' | 'failed';

/** The last import that was saved: what the report card shows. */
export interface ImportResult {
  datasetId: string;
  name: string;
  report: ImportReport;
}

/** The Data panel's file import: the picked files, what was detected, the mapping as edited, the run. */
export interface IngestJob {
  status: IngestStatus;
  /** The log file being previewed or imported. */
  file: File | null;
  /** An optional ground-truth file imported with it. */
  labelsFile: File | null;
  preview: ImportPreview | null;
  /** The mapping the user confirms with Import; starts as the detected one. */
  mapping: ImportMapping | null;
  progress: ImportProgress | null;
  result: ImportResult | null;
}

export function initialIngestJob(): IngestJob {
  return { status: 'idle', file: null, labelsFile: null, preview: null, mapping: null, progress: null, result: null };
}

/** True while an import reads, parses or saves. */
export function isImporting(job: IngestJob): boolean {
  return job.status === 'importing' || job.status === 'saving';
}
