import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { renderAxisTick } from './AxisTick';
import { ChartFigure } from './ChartFigure';
import { formatNumber } from './chartText';
import { CHART_COLORS, noGridLines } from './chartTheme';
import { lossAxis, type LossRow } from './lossCurve';
import type { LegendEntry } from './saveChartImage';

export interface LossChartProps {
  title: string;
  rows: readonly LossRow[];
  /** The x axis runs to the planned epochs, so a live curve grows into a fixed frame. */
  epochs: number;
  /** The epoch whose weights were kept (1-based x position), marked with a line. */
  bestEpoch?: number | null;
  note?: string;
  height?: number;
}

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const AUTO = ['auto', 'auto'];
const VAL_COLOR = '#ea580c';
const BEST_COLOR = '#15803d';
const LEGEND: LegendEntry[] = [
  { label: 'training loss', color: CHART_COLORS.line, shape: 'line' },
  { label: 'validation loss', color: VAL_COLOR, shape: 'line' },
];
const BEST_LEGEND: LegendEntry = { label: 'best epoch (weights kept)', color: BEST_COLOR, shape: 'line', dashed: true };

/** Training and validation loss per epoch on a log scale; never animates. */
export function LossChart({ title, rows, epochs, bestEpoch = null, note, height = 220 }: LossChartProps) {
  const legend = useMemo(() => (bestEpoch === null ? LEGEND : [...LEGEND, BEST_LEGEND]), [bestEpoch]);
  const xDomain = useMemo(() => [0, Math.max(1, epochs)], [epochs]);
  const yAxis = useMemo(() => lossAxis(rows), [rows]);
  return (
    <ChartFigure title={title} legend={legend} note={note}>
      <LineChart data={rows} responsive style={{ width: '100%', height }} margin={MARGIN} title={title}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis
          type="number"
          dataKey="epoch"
          domain={xDomain}
          allowDecimals={false}
          tickCount={Math.min(11, epochs + 1)}
          stroke={CHART_COLORS.axis}
          tick={renderAxisTick}
        />
        <YAxis
          width={56}
          scale="log"
          domain={yAxis?.domain ?? AUTO}
          ticks={yAxis?.ticks}
          interval={0}
          allowDataOverflow
          tickFormatter={formatNumber}
          stroke={CHART_COLORS.axis}
          tick={renderAxisTick}
        />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(epoch) => `epoch ${formatNumber(Number(epoch))}`}
          formatter={(value, name) => [typeof value === 'number' ? value.toExponential(3) : String(value), name]}
        />
        {bestEpoch !== null && <ReferenceLine x={bestEpoch} stroke={BEST_COLOR} strokeDasharray="4 3" />}
        <Line type="linear" dataKey="loss" name="training loss" stroke={CHART_COLORS.line} dot={false} isAnimationActive={false} connectNulls />
        <Line type="linear" dataKey="valLoss" name="validation loss" stroke={VAL_COLOR} dot={{ r: 2 }} isAnimationActive={false} connectNulls />
      </LineChart>
    </ChartFigure>
  );
}
