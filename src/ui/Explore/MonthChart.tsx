import { useMemo } from 'react';
import { downsampleM4 } from '../../core/downsample';
import type { MonthRange } from '../../core/timeBuckets';
import type { KindedWindow } from '../../core/windows';
import type { MetricColumn } from '../../shared/dataset';
import type { WindowKind } from '../charts/chartTheme';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { yDomainFor } from './columns';

export interface MonthChartProps {
  timestamps: Float64Array;
  column: MetricColumn;
  month: MonthRange;
  buckets: number;
  /** Chart width in px. */
  width: number;
  windows: readonly KindedWindow<WindowKind>[];
  onZoom: (month: MonthRange) => void;
}

/** One calendar month of one metric, reduced to the plot width; click or "Zoom" opens the detail. */
export function MonthChart({ timestamps, column, month, buckets, width, windows, onZoom }: MonthChartProps) {
  const series = useMemo(
    () => downsampleM4(timestamps, column.values, month, { buckets }),
    [timestamps, column.values, month, buckets],
  );
  const yDomain = yDomainFor(column);
  return (
    <TimeSeriesChart
      title={`${column.label} — ${month.label}`}
      seriesLabel={column.label}
      series={series}
      view={month}
      windows={windows}
      yDomain={yDomain}
      width={width}
      height={180}
      cursor="zoom-in"
      onChartClick={() => onZoom(month)}
      actions={
        <button type="button" className="chart-button" data-zoom-month={month.key} onClick={() => onZoom(month)}>
          Zoom {month.label}
        </button>
      }
    />
  );
}
