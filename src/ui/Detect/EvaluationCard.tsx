import { useAppStore } from '../../state/appStore';
import type { DetectionView } from '../../state/detectionView';
import { PrCurveChart } from '../charts/PrCurveChart';
import { formatCount, formatMetric } from '../components/format';
import { ComparisonTable } from './ComparisonTable';

/** How the flags compare with the labels: point-wise metrics, confusion matrix, event recall per type. */
export function EvaluationCard({ view }: { view: DetectionView }) {
  const ranking = useAppStore((state) => state.detect.detection?.scores.ranking ?? null);
  const { metrics, events } = view;
  if (!metrics) {
    return (
      <section className="card" aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">Evaluation</h2>
        <p className="hint">This dataset has no labels, so the flags cannot be scored. Generated data and imports with a label column can.</p>
      </section>
    );
  }
  return (
    <section className="card evaluation" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">Evaluation</h2>
      <table className="metrics-table" aria-label="Point-wise metrics">
        <tbody>
          <tr>
            <th scope="row">Precision</th>
            <td>{formatMetric(metrics.precision)}</td>
            <th scope="row">Recall</th>
            <td>{formatMetric(metrics.recall)}</td>
            <th scope="row">F1</th>
            <td>{formatMetric(metrics.f1)}</td>
          </tr>
          {ranking && (
            <tr>
              <th scope="row">PR area</th>
              <td>{formatMetric(ranking.averagePrecision)}</td>
              <th scope="row">ROC AUC</th>
              <td>{formatMetric(ranking.rocAuc)}</td>
              <th scope="row">Best F1</th>
              <td>{formatMetric(ranking.bestF1?.f1)}</td>
            </tr>
          )}
          {view.nab !== null && (
            <tr>
              <th scope="row">NAB score</th>
              <td>{view.nab.normalizedScore.toFixed(1)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <table className="metrics-table" aria-label="Confusion matrix">
        <thead>
          <tr>
            <td />
            <th scope="col">Flagged</th>
            <th scope="col">Not flagged</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Labelled anomaly</th>
            <td>{formatCount(metrics.tp)}</td>
            <td>{formatCount(metrics.fn)}</td>
          </tr>
          <tr>
            <th scope="row">Normal</th>
            <td>{formatCount(metrics.fp)}</td>
            <td>{formatCount(metrics.tn)}</td>
          </tr>
        </tbody>
      </table>
      <ComparisonTable view={view} />
      {ranking && ranking.curve.length > 1 && (
        <PrCurveChart
          title={`Precision and recall, area ${formatMetric(ranking.averagePrecision)}`}
          points={ranking.curve}
          current={{ recall: metrics.recall, precision: metrics.precision }}
        />
      )}
      {events && (
        <table className="metrics-table" aria-label="Event recall by type">
          <thead>
            <tr>
              <th scope="col">Anomaly type</th>
              <th scope="col">Events found</th>
              <th scope="col">Recall</th>
            </tr>
          </thead>
          <tbody>
            {events.byType.map((row) => (
              <tr key={row.type}>
                <th scope="row">{row.type}</th>
                <td>
                  {row.detected} of {row.events - row.unscored}
                </td>
                <td>{formatMetric(row.recall)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">All events</th>
              <td>
                {events.overall.detected} of {events.overall.events - events.overall.unscored}
              </td>
              <td>{formatMetric(events.overall.recall)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
