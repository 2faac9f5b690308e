import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Histogram } from '../../core/histogram';
import { renderAxisTick } from './AxisTick';
import { ChartFigure } from './ChartFigure';
import { formatNumber, toHistogramBars, type HistogramBar } from './chartData';
import { CHART_COLORS, noGridLines } from './chartTheme';
import type { LegendEntry } from './saveChartImage';

export interface HistogramChartProps {
  title: string;
  /** What the bins measure, e.g. `CPU %`, for the axis legend and tooltip. */
  valueLabel: string;
  histogram: Histogram;
  height?: number;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Counts per bin as adjacent bars; never animates. */
export function HistogramChart({ title, valueLabel, histogram, height = 200 }: HistogramChartProps) {
  const bars = useMemo(() => toHistogramBars(histogram), [histogram]);
  const legend = useMemo<LegendEntry[]>(() => [{ label: `rows per ${valueLabel} bin`, color: CHART_COLORS.bar, shape: 'bar' }], [valueLabel]);

  return (
    <ChartFigure title={title} legend={legend}>
      <BarChart
        data={bars}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        barCategoryGap={1}
        title={title}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis
          type="number"
          dataKey="mid"
          domain={[histogram.min, histogram.max]}
          allowDataOverflow
          tickCount={6}
          interval={0}
          tickFormatter={formatNumber}
          stroke={CHART_COLORS.axis}
          tick={renderAxisTick}
        />
        <YAxis
          width={48}
          allowDecimals={false}
          interval={0}
          tickFormatter={(n: number) => compact.format(n)}
          stroke={CHART_COLORS.axis}
          tick={renderAxisTick}
        />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(_, payload) => {
            const bar = payload[0]?.payload as HistogramBar | undefined;
            return bar ? `${valueLabel} ${formatNumber(bar.x0)}–${formatNumber(bar.x1)}` : '';
          }}
          formatter={(v) => [typeof v === 'number' ? v.toLocaleString('en-US') : String(v), 'rows']}
        />
        <Bar dataKey="count" name="rows" fill={CHART_COLORS.bar} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
