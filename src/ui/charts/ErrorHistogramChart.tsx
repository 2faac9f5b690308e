import { useMemo, useState } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ErrorBin } from '../../shared/scoring';
import { renderAxisTick } from './AxisTick';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS, noGridLines } from './chartTheme';
import type { LegendEntry } from './saveChartImage';

export interface ErrorHistogramChartProps {
  title: string;
  bins: readonly ErrorBin[];
  threshold: number;
  height?: number;
}

type HistogramRow = Omit<ErrorBin, 'training' | 'scored'> & { training: number | null; scored: number | null };

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const SCORED_COLOR = '#7c3aed';
const THRESHOLD_COLOR = '#dc2626';
const LEGEND: LegendEntry[] = [
  { label: 'training rows', color: CHART_COLORS.bar, shape: 'bar' },
  { label: 'scored rows', color: SCORED_COLOR, shape: 'bar' },
  { label: 'threshold', color: THRESHOLD_COLOR, shape: 'line', dashed: true },
];
const errorLabel = (log10: number) => `${(10 ** log10).toExponential(0)}`;
const percentLabel = (share: number) => `${Number((share * 100).toPrecision(2))} %`;

/** Shares of training and scored rows per reconstruction-error bin (log10 x), with the threshold; the y axis can go log. */
export function ErrorHistogramChart({ title, bins, threshold, height = 220 }: ErrorHistogramChartProps) {
  const [logY, setLogY] = useState(false);
  // A log axis has no place for 0; empty bins become gaps.
  const rows = useMemo<HistogramRow[]>(
    () => bins.map((bin) => (logY ? { ...bin, training: bin.training || null, scored: bin.scored || null } : { ...bin })),
    [bins, logY],
  );
  const actions = (
    <label className="chart-toggle">
      <input type="checkbox" checked={logY} onChange={(event) => setLogY(event.target.checked)} />
      Log scale
    </label>
  );
  return (
    <ChartFigure title={title} legend={LEGEND} actions={actions}>
      <AreaChart data={rows} responsive style={{ width: '100%', height }} margin={MARGIN} title={title}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis type="number" dataKey="mid" domain={['dataMin', 'dataMax']} tickFormatter={errorLabel} stroke={CHART_COLORS.axis} tick={renderAxisTick} />
        <YAxis
          width={56}
          scale={logY ? 'log' : 'linear'}
          domain={logY ? [1e-6, 1] : [0, 'auto']}
          allowDataOverflow
          tickFormatter={percentLabel}
          stroke={CHART_COLORS.axis}
          tick={renderAxisTick}
        />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(mid) => `error about ${(10 ** Number(mid)).toExponential(2)}`}
          formatter={(value, name) => [typeof value === 'number' ? percentLabel(value) : '0 %', name]}
        />
        <Area type="step" dataKey="training" name="training rows" stroke={CHART_COLORS.bar} fill={CHART_COLORS.bar} fillOpacity={0.25} isAnimationActive={false} />
        <Area type="step" dataKey="scored" name="scored rows" stroke={SCORED_COLOR} fill={SCORED_COLOR} fillOpacity={0.2} isAnimationActive={false} />
        {threshold > 0 && <ReferenceLine x={Math.log10(threshold)} stroke={THRESHOLD_COLOR} strokeDasharray="4 3" />}
      </AreaChart>
    </ChartFigure>
  );
}
