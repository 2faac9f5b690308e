import { useId, useMemo } from 'react';
import { metricHistogram } from '../../core/histogram';
import type { Dataset, MetricColumn } from '../../shared/dataset';
import { HistogramChart } from '../charts/HistogramChart';
import { distributionColumns, isPercentColumn } from './columns';

function DistributionChart({ column }: { column: MetricColumn }) {
  const histogram = useMemo(() => metricHistogram(column.values, isPercentColumn(column)), [column]);
  return <HistogramChart title={`${column.label} distribution`} valueLabel={column.label} histogram={histogram} />;
}

/** Histograms of the server-level metrics. */
export function Distributions({ dataset }: { dataset: Dataset }) {
  const headingId = useId();
  const columns = useMemo(() => distributionColumns(dataset.columns), [dataset.columns]);
  return (
    <section className="explore-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Distributions</h2>
      <div className="explore-grid">
        {columns.map((column) => (
          <DistributionChart key={column.key} column={column} />
        ))}
      </div>
    </section>
  );
}
