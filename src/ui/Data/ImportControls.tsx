import { useAppStore } from '../../state/appStore';
import { cancelImport, startImport } from '../../state/ingest';
import { isImporting, type IngestJob } from '../../state/ingestJob';
import { mappingProblems } from '../../state/ingestMapping';
import { formatBytes } from '../../shared/units';
import { ProgressBar } from '../components/ProgressBar';

function statusText(job: IngestJob): string {
  const name = job.file?.name ?? 'the file';
  switch (job.status) {
    case 'idle':
      return 'Pick or drop a log file to see how it will be read.';
    case 'previewing':
      return `Reading the start of ${name}…`;
    case 'ready':
      return 'Check the mapping, then Import.';
    case 'importing': {
      const progress = job.progress;
      if (!progress || progress.phase === 'reading') {
        return progress ? `Reading ${name}: ${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}…` : `Reading ${name}…`;
      }
      return progress.phase === 'labels' ? 'Reading the labels…' : 'Aligning rows to the interval…';
    }
    case 'saving':
      return 'Saving the dataset in this browser…';
    case 'done':
      return job.result ? `Imported ${job.result.name}.` : 'Imported.';
    case 'cancelled':
      return 'Import cancelled; nothing was saved.';
    case 'failed':
      return 'Import failed; see the message above.';
  }
}

function share(job: IngestJob): number {
  if (job.status === 'done' || job.status === 'saving') return 1;
  const progress = job.progress;
  if (!progress || job.status !== 'importing') return 0;
  return progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 0;
}

/** Import (which confirms the mapping) and Cancel, the progress bar and the status line. */
export function ImportControls() {
  const job = useAppStore((state) => state.ingest);
  const busy = isImporting(job);
  const problems = job.mapping ? mappingProblems(job.mapping) : [];
  const canImport = job.mapping !== null && job.file !== null && !busy && job.status !== 'previewing' && problems.length === 0;
  return (
    <div className="import-controls">
      {problems.length > 0 && (
        <ul className="mapping-problems" aria-label="Mapping problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button-primary" disabled={!canImport} onClick={() => void startImport()}>
          Import
        </button>
        <button type="button" disabled={job.status !== 'importing'} onClick={cancelImport}>
          Cancel
        </button>
      </div>
      <ProgressBar label="Import progress" value={share(job)} />
      <p className="run-status" role="status">
        {statusText(job)}
      </p>
    </div>
  );
}
