import type { ReactNode } from 'react';
import { xOf, yOf, type PlotFrame } from '../../core/plot/plotScale';
import { CHART_COLORS } from './chartTheme';

const TICK_FONT = 12;
const TOOLTIP_WIDTH = 200;

/** Horizontal grid lines at the y ticks, their labels left of the plot, and the y axis line. */
export function YAxis({ frame, ticks, format }: { frame: PlotFrame; ticks: readonly number[]; format: (value: number) => string }) {
  const right = frame.left + frame.width;
  return (
    <g className="chart-axis chart-axis--y">
      {ticks.map((tick) => {
        const y = yOf(frame, tick);
        if (!Number.isFinite(y)) return null;
        return (
          <g key={tick}>
            <line x1={frame.left} x2={right} y1={y} y2={y} stroke={CHART_COLORS.grid} />
            <text x={frame.left - 6} y={y} dy="0.355em" textAnchor="end" fill={CHART_COLORS.tick} fontSize={TICK_FONT}>
              {format(tick)}
            </text>
          </g>
        );
      })}
      <line x1={frame.left} x2={frame.left} y1={frame.top} y2={frame.top + frame.height} stroke={CHART_COLORS.axis} />
    </g>
  );
}

/** The x axis line with a tick and label at each of `ticks` (in the frame's x unit: time or a number). */
export function XAxis({ frame, ticks, format }: { frame: PlotFrame; ticks: readonly number[]; format: (value: number) => string }) {
  const bottom = frame.top + frame.height;
  return (
    <g className="chart-axis chart-axis--x">
      <line x1={frame.left} x2={frame.left + frame.width} y1={bottom} y2={bottom} stroke={CHART_COLORS.axis} />
      {ticks.map((tick) => {
        const x = xOf(frame, tick);
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={bottom} y2={bottom + 6} stroke={CHART_COLORS.axis} />
            <text x={x} y={bottom + 8} dy="0.71em" textAnchor="middle" fill={CHART_COLORS.tick} fontSize={TICK_FONT}>
              {format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** A box of lines beside x pixel `x` (on the side with room), over the plot. */
export function ChartTooltip({ frame, x, heading, rows }: { frame: PlotFrame; x: number; heading: string; rows: readonly [string, ReactNode][] }) {
  const left = x + 12 + TOOLTIP_WIDTH > frame.left + frame.width ? x - 12 - TOOLTIP_WIDTH : x + 12;
  return (
    <div className="chart-tooltip" role="status" style={{ left: Math.max(0, left), top: frame.top, width: TOOLTIP_WIDTH }}>
      <div className="chart-tooltip__time">{heading}</div>
      {rows.map(([label, text]) => (
        <div key={label}>
          {label}: <strong>{text}</strong>
        </div>
      ))}
    </div>
  );
}

/** A vertical hover line across the plot at pixel `x`. */
export function CursorLine({ frame, x }: { frame: PlotFrame; x: number }) {
  return <line className="chart-cursor" pointerEvents="none" x1={x} x2={x} y1={frame.top} y2={frame.top + frame.height} stroke={CHART_COLORS.axis} strokeOpacity={0.5} />;
}
