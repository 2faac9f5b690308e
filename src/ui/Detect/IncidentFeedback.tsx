import type { Incident } from '../../core/detection/incidents';
import { markOf } from '../../core/feedback/marks';
import { markMaintenance, markNotAnomaly, unmarkNotAnomaly } from '../../state/feedback';
import { useFeedback } from '../../state/feedbackStore';
import { formatUtcMinute, formatUtcRange } from '../components/format';

interface IncidentFeedbackProps {
  /** The incident shown in the charts, or null. */
  incident: Incident | null;
  intervalMs: number;
}

/** What the user says about the shown incident, and the stretches marked "not an anomaly" so far. */
export function IncidentFeedback({ incident, intervalMs }: IncidentFeedbackProps) {
  const marks = useFeedback((state) => state.marks);
  const marked = incident ? markOf(marks, incident.start, incident.end) : undefined;
  return (
    <>
      {incident ? (
        <div className="button-row" role="group" aria-label={`Feedback on incident ${incident.id}`}>
          <span>
            Incident {incident.id}, {formatUtcMinute(incident.start)} UTC{marked ? ': marked not an anomaly.' : ':'}
          </span>
          {marked ? (
            <button type="button" className="button-quiet" onClick={() => void unmarkNotAnomaly(marked)}>
              Undo “Not an anomaly”
            </button>
          ) : (
            <button type="button" onClick={() => void markNotAnomaly(incident)}>
              Not an anomaly
            </button>
          )}
          <button type="button" onClick={() => void markMaintenance(incident, intervalMs)}>
            Expected (maintenance)
          </button>
        </div>
      ) : (
        <p className="hint">Show an incident to say it is not an anomaly, or expected maintenance.</p>
      )}
      {marks.length > 0 && (
        <ul className="feedback-list" aria-label="Marked not an anomaly">
          {marks.map((mark) => (
            <li key={`${mark.start}-${mark.end}`}>
              <span>Not an anomaly: {formatUtcRange(mark.start, mark.end)}</span>
              <button type="button" className="button-quiet" aria-label={`Remove the mark ${formatUtcRange(mark.start, mark.end)}`} onClick={() => void unmarkNotAnomaly(mark)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
