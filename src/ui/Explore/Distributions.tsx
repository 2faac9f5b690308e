import { useId, useMemo } from 'react';
import { metricHistogram } from '../../core/histogram';
import type { Dataset, MetricColumn } from '../../shared/dataset';
import { HistogramChart } from '../charts/HistogramChart';
import { useProgressiveCount } from '../components/useProgressiveCount';
import { distributionColumns, isPercentColumn } from './columns';

function DistributionChart({ column }: { column: MetricColumn }) {
  const histogram = useMemo(() => metricHistogram(column.values, isPercentColumn(column)), [column]);
  return <HistogramChart title={`${column.label} distribution`} valueLabel={column.label} histogram={histogram} />;
}

/** Histograms of the server-level metrics. */
export function Distributions({ dataset }: { dataset: Dataset }) {
  const headingId = useId();
  const columns = useMemo(() => distributionColumns(dataset.columns), [dataset.columns]);
  const drawn = useProgressiveCount(columns.length, dataset.meta.id, 0);
  return (
    <section className="explore-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Distributions</h2>
      <div className="explore-grid" aria-busy={drawn < columns.length}>
        {columns.map((column, index) =>
          index < drawn ? (
            <DistributionChart key={column.key} column={column} />
          ) : (
            <div key={column.key} className="chart-placeholder chart-placeholder--small" aria-hidden="true">
              Drawing {column.label}…
            </div>
          ),
        )}
      </div>
    </section>
  );
}
