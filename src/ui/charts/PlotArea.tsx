import { useMemo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { timeAtX, type PlotFrame } from '../../core/plot/plotScale';
import { useElementWidth } from './useElementWidth';
import { XAxis, YAxis } from './svgParts';

/** Space around the plot: the y axis's labels on the left, the x axis's below. */
export const PLOT_MARGIN = { top: 8, right: 16, bottom: 30 };
export const Y_AXIS_WIDTH = 48;

interface Ticks {
  ticks: readonly number[];
  format: (value: number) => string;
}

export interface PlotAreaProps {
  /** The SVG's accessible name. */
  title: string;
  /** Width in px; omit to follow the container. */
  width?: number;
  height: number;
  yAxisWidth?: number;
  /** The x axis's exact domain (time or any number). */
  x: readonly [number, number];
  y: readonly [number, number];
  logY?: boolean;
  xTicks: Ticks;
  yTicks: Ticks;
  /** The x value under the pointer as it moves; null when it leaves. */
  onHover?: (x: number | null) => void;
  onPress?: (x: number) => void;
  onRelease?: () => void;
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent<SVGSVGElement>) => void;
  onBlur?: () => void;
  cursor?: string;
  /** What is drawn on the plot, in SVG. */
  children: (frame: PlotFrame) => ReactNode;
  /** HTML over the plot: a tooltip, a drag selection. */
  overlay?: (frame: PlotFrame) => ReactNode;
}

/** A chart's plot as plain SVG: measured to its container, grid and axes drawn, pointer positions given in data units. */
export function PlotArea(props: PlotAreaProps) {
  const { height, x, y, logY = false, yAxisWidth = Y_AXIS_WIDTH, onHover, onPress } = props;
  const [measureRef, measured] = useElementWidth<HTMLDivElement>();
  const width = props.width ?? measured;
  const frame = useMemo<PlotFrame | null>(() => {
    const plotWidth = width - yAxisWidth - PLOT_MARGIN.right;
    const plotHeight = height - PLOT_MARGIN.top - PLOT_MARGIN.bottom;
    if (!(plotWidth > 0 && plotHeight > 0 && x[1] > x[0] && y[1] > y[0])) return null;
    return { left: yAxisWidth, top: PLOT_MARGIN.top, width: plotWidth, height: plotHeight, view: { start: x[0], end: x[1] }, domain: [y[0], y[1]], log: logY };
  }, [width, height, yAxisWidth, x, y, logY]);
  const xAt = (event: MouseEvent<SVGSVGElement>): number | null =>
    frame ? timeAtX(frame, event.clientX - event.currentTarget.getBoundingClientRect().left) : null;

  return (
    <div className="chart-plot" ref={measureRef} style={{ width: props.width ?? '100%', height }}>
      {frame && (
        <svg
          className="chart-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={props.title}
          tabIndex={0}
          style={{ cursor: props.cursor }}
          onMouseMove={
            onHover
              ? (event) => {
                  const at = xAt(event);
                  if (at !== null) onHover(at);
                }
              : undefined
          }
          onMouseDown={
            onPress
              ? (event) => {
                  const at = xAt(event);
                  if (at !== null && event.button === 0) onPress(at);
                }
              : undefined
          }
          onMouseUp={props.onRelease}
          onMouseLeave={onHover ? () => onHover(null) : undefined}
          onClick={props.onClick}
          onKeyDown={props.onKeyDown}
          onBlur={props.onBlur}
        >
          <YAxis frame={frame} ticks={props.yTicks.ticks} format={props.yTicks.format} />
          <XAxis frame={frame} ticks={props.xTicks.ticks} format={props.xTicks.format} />
          {props.children(frame)}
        </svg>
      )}
      {frame && props.overlay?.(frame)}
    </div>
  );
}
