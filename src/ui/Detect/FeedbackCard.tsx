import type { Incident } from '../../core/detection/incidents';
import { useAppStore } from '../../state/appStore';
import { exportFeedback, importFeedback } from '../../state/feedbackFiles';
import { useFeedback, type RetrainState } from '../../state/feedbackStore';
import { retrainWithFeedback } from '../../state/retrain';
import { trainFraction } from '../../state/trainJob';
import { formatCount } from '../components/format';
import { JsonExchange } from '../components/JsonExchange';
import { IncidentFeedback } from './IncidentFeedback';
import { MaintenanceEditor } from './MaintenanceEditor';
import './FeedbackCard.css';

const plural = (n: number) => `${formatCount(n)} incident${n === 1 ? '' : 's'}`;

/** The line under Retrain with feedback: what it is doing, or what it found. */
function retrainText(retrain: RetrainState, percent: number): string | null {
  if (retrain.status === 'training') return `Training a new model with the feedback… ${percent} %`;
  if (retrain.status === 'scoring') return `Scoring the same data with ${retrain.modelName ?? 'the new model'}…`;
  if (retrain.status === 'done' && retrain.after !== null) return `${plural(retrain.before)} before → ${formatCount(retrain.after)} now, with ${retrain.modelName ?? 'the new model'}.`;
  if (retrain.status === 'failed') return 'The retraining did not finish; the model before it is unchanged.';
  return null;
}

/** Feedback on the incidents: marks, maintenance windows, retraining with them, and the feedback as a JSON file. */
export function FeedbackCard({ incident }: { incident: Incident | null }) {
  const marks = useFeedback((state) => state.marks.length);
  const retrain = useFeedback((state) => state.retrain);
  const intervalMs = useAppStore((state) => state.detect.detection?.dataset.meta.intervalMs ?? 0);
  const percent = useAppStore((state) => Math.round(trainFraction(state.training.update) * 100));
  const busy = retrain.status === 'training' || retrain.status === 'scoring';
  const status = retrainText(retrain, percent);
  return (
    <section className="card feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      <IncidentFeedback incident={incident} intervalMs={intervalMs} />
      <div className="button-row">
        <button type="button" className="button-primary" disabled={busy || marks === 0} onClick={() => void retrainWithFeedback()}>
          Retrain with feedback
        </button>
      </div>
      <p className="hint" role="status">
        {status ?? 'Trains a new model with this model’s settings, the rows marked not an anomaly joining its training rows, then scores this data again.'}
      </p>
      <MaintenanceEditor />
      <JsonExchange what="feedback" onExport={exportFeedback} onImport={(file) => void importFeedback(file)} />
    </section>
  );
}
