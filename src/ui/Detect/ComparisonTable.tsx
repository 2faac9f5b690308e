import { baselineWins, type DetectorFigures } from '../../core/evaluation/report';
import { useAppStore } from '../../state/appStore';
import type { DetectionView } from '../../state/detectionView';
import { formatMetric } from '../components/format';

const number = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));

/** The autoencoder beside PCA and a rolling z-score, each flagged by the same threshold rule and alarm policy; where a baseline wins, it says so. */
export function ComparisonTable({ view }: { view: DetectionView }) {
  const detection = useAppStore((state) => state.detect.detection);
  // Computed with the view in the score worker: the baselines once per scoring, the detector per threshold.
  const report = useAppStore((state) => (state.detect.shown?.view === view ? state.detect.shown.report : null));
  if (!report) return null;
  const baselines = (detection?.baselines ?? []).flatMap(({ id, name }) => (report[id] ? [{ name, figures: report[id] }] : []));
  const rows: { name: string; figures: DetectorFigures }[] = [{ name: 'Autoencoder (this model)', figures: report.detector }, ...baselines];
  const wins = baselineWins(report.detector, baselines);
  return (
    <div className="comparison">
      {/* Wider than a phone: it scrolls in its own box, which takes focus so the keyboard can scroll it too (a group, not a region, so "Detect" names one region). */}
      <div className="comparison-scroll" role="group" aria-label="Detector comparison, scrolls sideways" tabIndex={0}>
        <table className="metrics-table" aria-label="Detector comparison">
          <thead>
            <tr>
              <th scope="col">Detector</th>
              <th scope="col">Precision</th>
              <th scope="col">Recall</th>
              <th scope="col">F1</th>
              <th scope="col">Event recall</th>
              <th scope="col">PR area</th>
              <th scope="col">Best F1</th>
              <th scope="col">Incidents</th>
              <th scope="col">Incident precision</th>
              <th scope="col">False alarms / day</th>
              <th scope="col">NAB</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, figures }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{formatMetric(figures.precision)}</td>
                <td>{formatMetric(figures.recall)}</td>
                <td>{formatMetric(figures.f1)}</td>
                <td>{formatMetric(figures.event_recall)}</td>
                <td>{formatMetric(figures.average_precision)}</td>
                <td>{formatMetric(figures.best_f1)}</td>
                <td>{number(figures.incidents, 0)}</td>
                <td>{formatMetric(figures.incident_precision)}</td>
                <td>{number(figures.false_alarms_per_day, 2)}</td>
                <td>{number(figures.nab_score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {wins.length > 0 && (
        <p className="hint" role="note">
          {wins.join(' ')}
        </p>
      )}
      <p className="hint">
        {baselines.length > 0
          ? 'Each detector is flagged by the same rule on its own validation scores and raises alarms by the same policy; the autoencoder row follows the threshold above. NAB: standard profile, one alarm per incident at its start, the labelled events as windows; 0 flags nothing and 100 is perfect.'
          : 'An imported model carries no baselines; train a model here to compare it with PCA and a rolling z-score.'}
      </p>
    </div>
  );
}
