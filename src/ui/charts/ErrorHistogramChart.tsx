import { useMemo, useState } from 'react';
import { linearTicks, nearestIndex, stepAreaPath, stepPath, xOf, type PlotFrame } from '../../core/plot/plotScale';
import type { ErrorBin } from '../../shared/scoring';
import { ChartFigure } from './ChartFigure';
import { CHART_COLORS } from './chartTheme';
import { PlotArea } from './PlotArea';
import type { LegendEntry } from './saveChartImage';
import { ChartTooltip, CursorLine } from './svgParts';

export interface ErrorHistogramChartProps {
  title: string;
  bins: readonly ErrorBin[];
  threshold: number;
  height?: number;
}

const SCORED_COLOR = '#7c3aed';
const THRESHOLD_COLOR = '#dc2626';
const LEGEND: LegendEntry[] = [
  { label: 'training rows', color: CHART_COLORS.bar, shape: 'bar' },
  { label: 'scored rows', color: SCORED_COLOR, shape: 'bar' },
  { label: 'threshold', color: THRESHOLD_COLOR, shape: 'line', dashed: true },
];
const LOG_SHARES: readonly [number, number] = [1e-6, 1];
const errorLabel = (log10: number) => `${(10 ** log10).toExponential(0)}`;
const percentLabel = (share: number) => `${Number((share * 100).toPrecision(2))} %`;

/** Shares of training and scored rows per reconstruction-error bin (log10 x), with the threshold; the y axis can go log. */
export function ErrorHistogramChart({ title, bins, threshold, height = 220 }: ErrorHistogramChartProps) {
  const [logY, setLogY] = useState(false);
  const [active, setActive] = useState(-1);
  const columns = useMemo(
    () => ({
      lo: bins.map((b) => b.lo),
      hi: bins.map((b) => b.hi),
      mid: bins.map((b) => b.mid),
      training: bins.map((b) => b.training),
      scored: bins.map((b) => b.scored),
    }),
    [bins],
  );
  const x = useMemo(() => (bins.length > 0 ? ([bins[0].lo, bins[bins.length - 1].hi] as const) : ([0, 1] as const)), [bins]);
  const xTicks = useMemo(() => ({ ticks: linearTicks(x[0], x[1], 5).ticks.filter(Number.isInteger), format: errorLabel }), [x]);
  const y = useMemo(() => {
    if (logY) return { domain: LOG_SHARES, ticks: { ticks: [1e-6, 1e-4, 1e-2, 1], format: percentLabel } };
    const top = linearTicks(0, Math.max(1e-3, ...columns.training, ...columns.scored), 4, true);
    return { domain: [0, top.hi] as const, ticks: { ticks: top.ticks, format: percentLabel } };
  }, [logY, columns]);
  const actions = (
    <label className="chart-toggle">
      <input type="checkbox" checked={logY} onChange={(event) => setLogY(event.target.checked)} />
      Log scale
    </label>
  );
  return (
    <ChartFigure title={title} legend={LEGEND} actions={actions}>
      <PlotArea
        title={title}
        height={height}
        yAxisWidth={56}
        x={x}
        y={y.domain}
        logY={logY}
        xTicks={xTicks}
        yTicks={y.ticks}
        onHover={(value) => setActive(value === null ? -1 : nearestIndex(columns.mid, bins.length, value))}
        onBlur={() => setActive(-1)}
        overlay={(frame) =>
          active >= 0 && (
            <ChartTooltip
              frame={frame}
              x={xOf(frame, columns.mid[active])}
              heading={`error about ${(10 ** columns.mid[active]).toExponential(2)}`}
              rows={[
                ['training rows', percentLabel(columns.training[active])],
                ['scored rows', percentLabel(columns.scored[active])],
              ]}
            />
          )
        }
      >
        {(frame) => (
          <>
            <Steps frame={frame} columns={columns} />
            {threshold > 0 && <ThresholdLine frame={frame} x={Math.log10(threshold)} />}
            {active >= 0 && <CursorLine frame={frame} x={xOf(frame, columns.mid[active])} />}
          </>
        )}
      </PlotArea>
    </ChartFigure>
  );
}

interface StepColumns {
  lo: number[];
  hi: number[];
  training: number[];
  scored: number[];
}

/** Each share as a filled step line; on a log axis an empty bin is a gap. */
function Steps({ frame, columns }: { frame: PlotFrame; columns: StepColumns }) {
  const area = (shares: number[], color: string, opacity: number) => {
    const line = stepPath(frame, columns.lo, columns.hi, shares, shares.length);
    if (!line) return null;
    // Filled on a linear axis only: a log axis has gaps where a bin is empty.
    const fill = frame.log ? '' : stepAreaPath(frame, columns.lo, columns.hi, shares, shares.length);
    return (
      <g>
        {fill && <path d={fill} fill={color} fillOpacity={opacity} stroke="none" />}
        <path d={line} fill="none" stroke={color} strokeWidth={1.25} />
      </g>
    );
  };
  return (
    <g className="chart-steps">
      {area(columns.training, CHART_COLORS.bar, 0.25)}
      {area(columns.scored, SCORED_COLOR, 0.2)}
    </g>
  );
}

function ThresholdLine({ frame, x }: { frame: PlotFrame; x: number }) {
  if (x < frame.view.start || x > frame.view.end) return null;
  const px = xOf(frame, x);
  return <line className="chart-reference" x1={px} x2={px} y1={frame.top} y2={frame.top + frame.height} stroke={THRESHOLD_COLOR} strokeDasharray="4 3" />;
}
