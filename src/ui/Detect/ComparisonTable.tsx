import { useMemo } from 'react';
import type { NabResult } from '../../core/evaluation/nab';
import { useAppStore } from '../../state/appStore';
import { baselineViews, type DetectionView } from '../../state/detectionView';
import { formatMetric } from '../components/format';

const nab = (result: NabResult | null) => (result === null ? '–' : result.normalizedScore.toFixed(1));

/** The autoencoder beside PCA and a rolling z-score, each flagged by the same threshold rule. */
export function ComparisonTable({ view }: { view: DetectionView }) {
  const detection = useAppStore((state) => state.detect.detection);
  const baselines = useMemo(() => (detection ? baselineViews(detection) : []), [detection]);
  if (!detection || !view.metrics) return null;
  const ranking = detection.scores.ranking;
  const rows = [
    {
      name: 'Autoencoder (this model)',
      metrics: view.metrics,
      events: view.events,
      averagePrecision: ranking?.averagePrecision ?? null,
      bestF1: ranking?.bestF1?.f1 ?? null,
      nab: view.nab,
    },
    ...baselines,
  ];
  return (
    <div className="comparison">
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
            <th scope="col">NAB</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{formatMetric(row.metrics.precision)}</td>
              <td>{formatMetric(row.metrics.recall)}</td>
              <td>{formatMetric(row.metrics.f1)}</td>
              <td>{formatMetric(row.events?.overall.recall)}</td>
              <td>{formatMetric(row.averagePrecision)}</td>
              <td>{formatMetric(row.bestF1)}</td>
              <td>{nab(row.nab)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {baselines.length > 0
          ? 'Each detector is flagged by the same rule on its own validation scores; the autoencoder row follows the threshold above. NAB: standard profile, one alarm per incident at its start, the labelled events as windows; 0 flags nothing and 100 is perfect.'
          : 'An imported model carries no baselines; train a model here to compare it with PCA and a rolling z-score.'}
      </p>
    </div>
  );
}
