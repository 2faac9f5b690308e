import { importFile, previewFile, type ImportedFile } from '../bridge/ingestBridge';
import { saveDataset } from '../persistence/datasetStore';
import { AppError, isAbortError } from '../shared/errors';
import type { ImportMapping, SourceFormat } from '../shared/ingest';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { refreshDatasets, selectSavedDataset } from './datasetActions';
import { initialIngestJob, isImporting, type IngestJob } from './ingestJob';
import { importMappings } from './ingestHosts';
import { hasDelimiter, hasTimeColumn, mappingProblems, withValueColumn } from './ingestMapping';

/** Headerless rows default to one a minute from the start of today (UTC) when the file says nothing. */
const DEFAULT_INTERVAL_SECONDS = 60;
const MS_PER_DAY = 86_400_000;

let controller: AbortController | null = null;
// Only the latest picked file may show its preview, however the previews finish.
let previewRequest = 0;

function setIngest(patch: Partial<IngestJob>): void {
  useAppStore.setState((state) => ({ ingest: { ...state.ingest, ...patch } }));
}

function ingest(): IngestJob {
  return useAppStore.getState().ingest;
}

/** Reads the start of a picked (or dropped) log file in a worker and shows what was detected. */
export async function pickLogFile(file: File): Promise<void> {
  if (isImporting(ingest())) return;
  const request = ++previewRequest;
  setIngest({ status: 'previewing', file, preview: null, mapping: null, progress: null, result: null });
  try {
    const preview = await previewFile(file);
    if (request !== previewRequest) return;
    setIngest({ status: 'ready', preview, mapping: preview.mapping });
  } catch (error) {
    if (request !== previewRequest) return;
    setIngest({ status: 'failed', file: null });
    reportError(error);
  }
}

/** Sets (or with null, removes) the ground-truth file imported with the log file. */
export function pickLabelsFile(file: File | null): void {
  if (isImporting(ingest())) return;
  setIngest({ labelsFile: file });
}

/** Changes part of the mapping being edited. */
export function updateMapping(patch: Partial<ImportMapping>): void {
  const { mapping } = ingest();
  if (!mapping || isImporting(ingest())) return;
  setIngest({ mapping: { ...mapping, ...patch } });
}

/** Ticks or unticks a value column, keeping the file's column order. */
export function setValueColumn(name: string, on: boolean): void {
  const { mapping, preview } = ingest();
  if (!mapping || !preview) return;
  updateMapping(withValueColumn(mapping, name, on, preview.columns.map((column) => column.name)));
}

/** Switches the format, filling what the new format needs from the detection or sensible defaults. */
export function setFormat(format: SourceFormat): void {
  const { mapping, preview } = ingest();
  if (!mapping || !preview) return;
  const timeCandidate = preview.columns.find((column) => column.timeFormat !== null);
  const detected = preview.mapping;
  const patch: Partial<ImportMapping> = { format };
  if (hasDelimiter(format) && mapping.delimiter === null) patch.delimiter = detected.delimiter ?? ',';
  if (hasTimeColumn(format) && mapping.timeColumn === null && timeCandidate) {
    patch.timeColumn = timeCandidate.name;
    patch.timeFormat = timeCandidate.timeFormat;
  }
  if (format === 'headerless') {
    patch.timeColumn = null;
    patch.timeFormat = null;
    patch.long = null;
    patch.intervalSeconds = mapping.intervalSeconds ?? detected.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
    patch.startTime = mapping.startTime ?? detected.startTime ?? Math.floor(Date.now() / MS_PER_DAY) * MS_PER_DAY;
  }
  updateMapping(patch);
}

/** Makes `name` the time column: unticked as a value, its detected time format taken over. */
export function setTimeColumn(name: string): void {
  const { mapping, preview } = ingest();
  if (!mapping || !preview) return;
  const candidate = preview.columns.find((column) => column.name === name);
  updateMapping({
    timeColumn: name,
    timeFormat: candidate?.timeFormat ?? mapping.timeFormat,
    valueColumns: mapping.valueColumns.filter((column) => column !== name),
  });
}

/** Sets (or with null, clears) the 0/1 label column, unticking it as a value. */
export function setLabelColumn(name: string | null): void {
  const { mapping } = ingest();
  if (!mapping) return;
  updateMapping({ labelColumn: name, valueColumns: mapping.valueColumns.filter((column) => column !== name) });
}

/** Turns long-format pivoting on (with the first plausible series and value columns) or off. */
export function setLongFormat(on: boolean): void {
  const { mapping, preview } = ingest();
  if (!mapping || !preview) return;
  if (!on) {
    updateMapping({ long: null });
    return;
  }
  const others = preview.columns.filter((column) => column.name !== mapping.timeColumn);
  const series = others.find((column) => !column.numeric) ?? others[0];
  const value = others.find((column) => column.numeric && column !== series) ?? others.find((column) => column !== series);
  updateMapping({ long: { seriesColumn: series?.name ?? '', valueColumn: value?.name ?? '' } });
}

/**
 * Imports the picked file with the mapping as edited, saves the dataset, selects it and refreshes
 * the list. A cancelled or failed import leaves the stored datasets and the selection as they were.
 */
export async function startImport(): Promise<void> {
  const { file, labelsFile, mapping, status, preview } = ingest();
  if (!file || !mapping || isImporting(ingest()) || status === 'previewing') return;
  const problems = mappingProblems(mapping);
  if (problems.length > 0) {
    reportError(new AppError(`${file.name} cannot be imported yet: ${problems.join(' ')}`));
    return;
  }
  const abort = new AbortController();
  controller = abort;
  setIngest({ status: 'importing', progress: null, result: null });
  try {
    let imported: ImportedFile | null = null;
    // "One dataset per host" reads the file once per host; otherwise this runs once.
    for (const target of importMappings(mapping, preview?.hosts)) {
      setIngest({ status: 'importing', progress: null });
      imported = await importFile(file, target, labelsFile, {
        signal: abort.signal,
        // Progress messages can arrive after the result, so only a running import listens.
        onProgress: (progress) => {
          if (controller === abort && ingest().status === 'importing') setIngest({ progress });
        },
      });
      abort.signal.throwIfAborted();
      setIngest({ status: 'saving' });
      await saveDataset(imported.dataset);
    }
    if (imported === null) throw new AppError(`${file.name}: no host to import.`);
    const { dataset, report } = imported;
    await selectSavedDataset(dataset).catch(reportError);
    await refreshDatasets();
    // The files are done with: the panel shows the report, ready for the next file.
    setIngest({
      ...initialIngestJob(),
      status: 'done',
      result: { datasetId: dataset.meta.id, name: dataset.meta.name, report },
    });
  } catch (error) {
    setIngest({ status: isAbortError(error) ? 'cancelled' : 'failed', progress: null });
    reportError(error);
  } finally {
    if (controller === abort) controller = null;
  }
}

/** Stops a running import: the worker is terminated and nothing is saved. */
export function cancelImport(): void {
  if (ingest().status === 'importing') controller?.abort();
}

/** Forgets the picked files and the report, ready for the next file. */
export function resetImport(): void {
  if (isImporting(ingest())) return;
  previewRequest++;
  useAppStore.setState({ ingest: initialIngestJob() });
}
