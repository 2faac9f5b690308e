import { useAppStore } from '../../state/appStore';
import { cancelDetection, startDetection } from '../../state/detection';
import type { DetectJob } from '../../state/detectionJob';
import { BACKEND_NAMES, formatCount } from '../components/format';
import { ProgressBar } from '../components/ProgressBar';

function statusText(job: DetectJob): string {
  switch (job.status) {
    case 'idle':
      return 'Ready to score.';
    case 'scoring':
      return 'Scoring every row…';
    case 'cancelled':
      return 'Scoring cancelled.';
    case 'failed':
      return 'Scoring failed; see the message above.';
    case 'done': {
      const d = job.detection;
      if (!d) return 'Scored.';
      const rows = d.scores.rowScores.length;
      return `Scored ${formatCount(rows)} rows of ${d.dataset.meta.name} with ${d.modelName} in ${d.scores.seconds.toFixed(2)} s on ${BACKEND_NAMES[d.scores.backend]}.`;
    }
  }
}

/** Which model scores which dataset, Detect and Cancel, and the status line. */
export function DetectControls() {
  const job = useAppStore((state) => state.detect);
  const dataset = useAppStore((state) => state.selectedDataset);
  const model = useAppStore((state) => state.models.find((m) => m.id === state.selectedModelId) ?? null);
  const scoring = job.status === 'scoring';
  return (
    <section className="card run" aria-labelledby="detect-heading">
      <h2 id="detect-heading">Detect</h2>
      <dl className="detect-facts">
        <dt>Model</dt>
        <dd>{model ? model.name : 'none picked (train or import one)'}</dd>
        <dt>Dataset</dt>
        <dd>{dataset ? dataset.meta.name : 'none open'}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={scoring || !dataset || !model} onClick={() => void startDetection()}>
          Detect
        </button>
        <button type="button" disabled={!scoring} onClick={cancelDetection}>
          Cancel
        </button>
      </div>
      {scoring && <ProgressBar label="Scoring progress" value={job.progress} />}
      <p className="run-status" role="status">
        {statusText(job)}
      </p>
    </section>
  );
}
