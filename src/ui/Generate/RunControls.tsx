import { isBusy, useAppStore, type GenerationJob } from '../../state/appStore';
import { cancelGeneration, startGeneration } from '../../state/generation';
import { ProgressBar } from '../components/ProgressBar';
import { formatRunSummary } from '../components/format';

function statusText(job: GenerationJob): string {
  switch (job.status) {
    case 'idle':
      return 'Ready to generate.';
    case 'running':
      return 'Generating…';
    case 'saving':
      return 'Saving the dataset in this browser…';
    case 'done':
      return job.summary ? formatRunSummary(job.summary) : 'Generated.';
    case 'cancelled':
      return 'Generation cancelled; nothing was saved.';
    case 'failed':
      return 'Generation failed; see the message above.';
  }
}

/** Generate and Cancel, the progress bar and the status line. */
export function RunControls() {
  const job = useAppStore((state) => state.job);
  const valid = useAppStore((state) => state.configErrors.length === 0);
  const busy = isBusy(job);
  return (
    <section className="card run" aria-labelledby="run-heading">
      <h2 id="run-heading">Run</h2>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={busy || !valid} onClick={() => void startGeneration()}>
          Generate
        </button>
        <button type="button" disabled={job.status !== 'running'} onClick={cancelGeneration}>
          Cancel
        </button>
      </div>
      <ProgressBar label="Generation progress" value={job.progress} />
      <p className="run-status" role="status">
        {statusText(job)}
      </p>
    </section>
  );
}
