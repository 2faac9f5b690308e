import { CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { renderAxisTick } from './AxisTick';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS, noGridLines } from './chartTheme';
import type { LegendEntry } from './saveChartImage';

export interface PrCurveChartProps {
  title: string;
  points: readonly { recall: number; precision: number }[];
  /** The current threshold's point, marked on the curve. */
  current: { recall: number; precision: number } | null;
  height?: number;
}

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const UNIT: [number, number] = [0, 1];
const CURRENT_COLOR = '#dc2626';
const LEGEND: LegendEntry[] = [
  { label: 'precision at each recall', color: CHART_COLORS.line, shape: 'line' },
  { label: 'current threshold', color: CURRENT_COLOR, shape: 'bar' },
];
const two = (v: number) => v.toFixed(2);

/** Precision against recall over every threshold, with the current one marked; never animates. */
export function PrCurveChart({ title, points, current, height = 220 }: PrCurveChartProps) {
  return (
    <ChartFigure title={title} legend={LEGEND}>
      <LineChart data={points} responsive style={{ width: '100%', height }} margin={MARGIN} title={title}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis type="number" dataKey="recall" domain={UNIT} tickCount={6} tickFormatter={two} stroke={CHART_COLORS.axis} tick={renderAxisTick} />
        <YAxis type="number" domain={UNIT} width={48} tickCount={6} tickFormatter={two} stroke={CHART_COLORS.axis} tick={renderAxisTick} />
        <Tooltip isAnimationActive={false} labelFormatter={(recall) => `recall ${two(Number(recall))}`} formatter={(value) => [two(Number(value)), 'precision']} />
        <Line type="stepAfter" dataKey="precision" stroke={CHART_COLORS.line} dot={false} isAnimationActive={false} />
        {current && Number.isFinite(current.recall) && Number.isFinite(current.precision) ? (
          <ReferenceDot x={current.recall} y={current.precision} r={5} fill={CURRENT_COLOR} stroke="none" />
        ) : null}
      </LineChart>
    </ChartFigure>
  );
}
