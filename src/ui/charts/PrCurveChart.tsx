import { useMemo, useState } from 'react';
import { linearTicks, nearestIndex, xOf, yOf, type PlotFrame } from '../../core/plot/plotScale';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS } from './chartTheme';
import { PlotArea } from './PlotArea';
import type { LegendEntry } from './saveChartImage';
import { ChartTooltip, CursorLine } from './svgParts';

export interface PrCurveChartProps {
  title: string;
  points: readonly { recall: number; precision: number }[];
  /** The current threshold's point, marked on the curve. */
  current: { recall: number; precision: number } | null;
  height?: number;
}

const UNIT = [0, 1] as const;
const CURRENT_COLOR = '#dc2626';
const LEGEND: LegendEntry[] = [
  { label: 'precision at each recall', color: CHART_COLORS.line, shape: 'line' },
  { label: 'current threshold', color: CURRENT_COLOR, shape: 'bar' },
];
const two = (v: number) => v.toFixed(2);
const UNIT_TICKS = { ticks: linearTicks(0, 1, 5).ticks, format: two };

/** Precision against recall over every threshold, with the current one marked; hover reads a point. */
export function PrCurveChart({ title, points, current, height = 220 }: PrCurveChartProps) {
  const [active, setActive] = useState(-1);
  // Points by recall, for the nearest one under the pointer.
  const recalls = useMemo(() => points.map((p) => p.recall), [points]);
  const sorted = useMemo(() => recalls.every((r, i) => i === 0 || r >= recalls[i - 1]), [recalls]);
  return (
    <ChartFigure title={title} legend={LEGEND}>
      <PlotArea
        title={title}
        height={height}
        x={UNIT}
        y={UNIT}
        xTicks={UNIT_TICKS}
        yTicks={UNIT_TICKS}
        onHover={(value) => setActive(value === null || !sorted ? -1 : nearestIndex(recalls, recalls.length, value))}
        onBlur={() => setActive(-1)}
        overlay={(frame) =>
          active >= 0 && <ChartTooltip frame={frame} x={xOf(frame, points[active].recall)} heading={`recall ${two(points[active].recall)}`} rows={[['precision', two(points[active].precision)]]} />
        }
      >
        {(frame) => (
          <>
            <path className="chart-line" d={stepAfter(frame, points)} fill="none" stroke={CHART_COLORS.line} strokeWidth={1.25} />
            {current && Number.isFinite(current.recall) && Number.isFinite(current.precision) && (
              <circle cx={xOf(frame, current.recall)} cy={yOf(frame, current.precision)} r={5} fill={CURRENT_COLOR} />
            )}
            {active >= 0 && <CursorLine frame={frame} x={xOf(frame, points[active].recall)} />}
          </>
        )}
      </PlotArea>
    </ChartFigure>
  );
}

/** Each precision held until the next recall (a step-after line). */
function stepAfter(frame: PlotFrame, points: readonly { recall: number; precision: number }[]): string {
  return points
    .filter((p) => Number.isFinite(p.recall) && Number.isFinite(p.precision))
    .map((p, i) => {
      const x = xOf(frame, p.recall).toFixed(1);
      const y = yOf(frame, p.precision).toFixed(1);
      return i === 0 ? `M${x},${y}` : `H${x}V${y}`;
    })
    .join('');
}
