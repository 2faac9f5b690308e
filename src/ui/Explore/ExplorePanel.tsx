import type { Dataset } from '../../shared/dataset';
import { Distributions } from './Distributions';
import { MonthlySeries } from './MonthlySeries';
import './ExplorePanel.css';

export interface ExplorePanelProps {
  dataset: Dataset | null;
}

/** Distributions and month-by-month time series of the selected dataset. */
export function ExplorePanel({ dataset }: ExplorePanelProps) {
  if (!dataset) {
    return (
      <div className="explore explore--empty">
        <p>Generate or open a dataset to explore it.</p>
      </div>
    );
  }
  const { meta } = dataset;
  if (dataset.timestamps.length === 0 || dataset.columns.length === 0) {
    return (
      <div className="explore explore--empty">
        <p>{meta.name} has no rows to explore.</p>
      </div>
    );
  }
  return (
    <div className="explore">
      <p className="explore-summary">
        {meta.name}: {meta.rowCount.toLocaleString('en-US')} rows, {dataset.columns.length} {dataset.columns.length === 1 ? 'metric' : 'metrics'},{' '}
        {dataset.events.length.toLocaleString('en-US')} ground-truth anomalies. Times are UTC.
      </p>
      <Distributions dataset={dataset} />
      {/* A new dataset starts with its first metric and no zoom. */}
      <MonthlySeries key={meta.id} dataset={dataset} />
    </div>
  );
}
