import { useMemo } from 'react';
import { useAppStore } from '../../state/appStore';
import { cancelTraining, startTraining } from '../../state/training';
import { isTraining, trainFraction } from '../../state/trainJob';
import { trainProblems } from '../../state/trainSettings';
import { ProgressBar } from '../components/ProgressBar';
import { trainStatusText } from './trainText';

/** Train and Cancel, what will be trained, the progress bar and the status line. */
export function TrainControls() {
  const job = useAppStore((state) => state.training);
  const settings = useAppStore((state) => state.trainSettings);
  const dataset = useAppStore((state) => state.selectedDataset);
  const problems = useMemo(() => trainProblems(settings, dataset), [settings, dataset]);
  const busy = isTraining(job);
  const cancellable = job.status === 'preparing' || job.status === 'running';

  return (
    <section className="card run" aria-labelledby="train-run-heading">
      <h2 id="train-run-heading">Train</h2>
      <p className="hint">{dataset ? <>Dataset: {dataset.meta.name}</> : 'No dataset is open.'}</p>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={busy || problems.length > 0} onClick={() => void startTraining()}>
          Train
        </button>
        <button type="button" disabled={!cancellable} onClick={cancelTraining}>
          Cancel
        </button>
      </div>
      <ProgressBar label="Training progress" value={job.status === 'done' ? 1 : trainFraction(job.update)} />
      <p className="run-status" role="status">
        {trainStatusText(job)}
      </p>
      {problems.length > 0 && dataset && (
        <ul className="train-problems" aria-label="Training settings to fix">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
