import { useMemo, useState } from 'react';
import type { Histogram } from '../../core/histogram';
import { linearTicks, xOf, yOf, type PlotFrame } from '../../core/plot/plotScale';
import { ChartFigure } from './ChartFigure';
import { formatNumber } from './chartText';
import { CHART_COLORS } from './chartTheme';
import { PlotArea } from './PlotArea';
import type { LegendEntry } from './saveChartImage';
import { ChartTooltip } from './svgParts';

export interface HistogramChartProps {
  title: string;
  /** What the bins measure, e.g. `CPU %`, for the axis legend and tooltip. */
  valueLabel: string;
  histogram: Histogram;
  height?: number;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const formatCount = (n: number) => compact.format(n);

/** Counts per bin as adjacent bars, in plain SVG; hover reads a bin. */
export function HistogramChart({ title, valueLabel, histogram, height = 200 }: HistogramChartProps) {
  const [active, setActive] = useState(-1);
  const legend = useMemo<LegendEntry[]>(() => [{ label: `rows per ${valueLabel} bin`, color: CHART_COLORS.bar, shape: 'bar' }], [valueLabel]);
  const bins = histogram.counts.length;
  // One value only (a constant metric): a unit-wide axis around it.
  const width = histogram.binWidth > 0 ? histogram.binWidth : 1 / Math.max(1, bins);
  const x = useMemo(() => (histogram.binWidth > 0 ? ([histogram.min, histogram.min + bins * histogram.binWidth] as const) : ([histogram.min - 0.5, histogram.min + 0.5] as const)), [histogram, bins]);
  const y = useMemo(() => {
    const top = linearTicks(0, Math.max(1, ...histogram.counts), 5, true);
    return { domain: [0, top.hi] as const, ticks: { ticks: top.ticks.filter(Number.isInteger), format: formatCount } };
  }, [histogram]);
  const xTicks = useMemo(() => ({ ticks: linearTicks(x[0], x[1], 6).ticks, format: formatNumber }), [x]);
  const binAt = (value: number | null) => (value === null ? -1 : Math.min(bins - 1, Math.max(0, Math.floor((value - x[0]) / width))));

  return (
    <ChartFigure title={title} legend={legend}>
      <PlotArea
        title={title}
        height={height}
        x={x}
        y={y.domain}
        xTicks={xTicks}
        yTicks={y.ticks}
        onHover={(value) => setActive(binAt(value))}
        onBlur={() => setActive(-1)}
        overlay={(frame) => active >= 0 && <BinTooltip frame={frame} histogram={histogram} bin={active} valueLabel={valueLabel} />}
      >
        {(frame) => <Bars frame={frame} histogram={histogram} start={x[0]} width={width} active={active} />}
      </PlotArea>
    </ChartFigure>
  );
}

/** Every bar in one path (a few hundred bins are one element), the hovered one outlined over it. */
function Bars({ frame, histogram, start, width, active }: { frame: PlotFrame; histogram: Histogram; start: number; width: number; active: number }) {
  const base = yOf(frame, 0);
  const box = (i: number) => {
    const left = xOf(frame, start + i * width);
    const right = xOf(frame, start + (i + 1) * width);
    return { left, top: yOf(frame, histogram.counts[i]), width: Math.max(0.5, right - left - 1) };
  };
  const d = Array.from(histogram.counts, (count, i) => {
    if (count === 0) return '';
    const { left, top, width: w } = box(i);
    return `M${left.toFixed(1)},${base.toFixed(1)}V${top.toFixed(1)}h${w.toFixed(1)}V${base.toFixed(1)}Z`;
  }).join('');
  const hovered = active >= 0 ? box(active) : null;
  return (
    <g className="chart-bars">
      <path d={d} fill={CHART_COLORS.bar} />
      {hovered && <rect x={hovered.left} y={hovered.top} width={hovered.width} height={Math.max(0, base - hovered.top)} fill="none" stroke={CHART_COLORS.axis} />}
    </g>
  );
}

function BinTooltip({ frame, histogram, bin, valueLabel }: { frame: PlotFrame; histogram: Histogram; bin: number; valueLabel: string }) {
  const x0 = histogram.min + bin * histogram.binWidth;
  const x1 = x0 + histogram.binWidth;
  return <ChartTooltip frame={frame} x={xOf(frame, (x0 + x1) / 2)} heading={`${valueLabel} ${formatNumber(x0)}–${formatNumber(x1)}`} rows={[['rows', histogram.counts[bin].toLocaleString('en-US')]]} />;
}
