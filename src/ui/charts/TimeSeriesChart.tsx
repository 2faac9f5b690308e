import { useCallback, useId, useMemo, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { SeriesPoints } from '../../core/downsample';
import type { BandPoints } from '../../core/downsampleBand';
import { bandPath, decadeTicks, extentOf, linearTicks, linePath, nearestIndex, resolveDomain, timeAtX, xOf, yOf, type DomainBound, type PlotFrame } from '../../core/plot/plotScale';
import { formatTimeTick, formatUtcMinute, timeTicks, type TimeWindow } from '../../core/timeBuckets';
import { visibleWindows, type KindedWindow } from '../../core/windows';
import { ChartFigure } from './ChartFigure';
import { formatNumber } from './chartData';
import { CHART_COLORS, WINDOW_KIND_ORDER, windowLegendEntry, type WindowKind } from './chartTheme';
import type { LegendEntry } from './saveChartImage';
import type { ChartDrag } from './useDragZoom';
import { useElementWidth } from './useElementWidth';
import { WindowBands } from './WindowBands';

export type YDomain = [DomainBound, DomainBound];

export interface TimeSeriesChartProps {
  title: string;
  /** Name of the plotted metric, e.g. `CPU %`, for the legend and tooltip. */
  seriesLabel: string;
  /** Points to draw, already reduced to about the plot width (see core/downsample). */
  series: SeriesPoints;
  /** Visible time range; the x axis spans exactly this. */
  view: TimeWindow;
  /** Anomaly windows anywhere in time; the chart clips them to the view and shades them by kind. */
  windows?: readonly KindedWindow<WindowKind>[];
  yDomain?: YDomain;
  /** A log10 y axis (values must be positive; others leave gaps), for scores spanning orders of magnitude. */
  logY?: boolean;
  /** A horizontal line, e.g. the anomaly threshold, with its legend label; the axis widens to show it. */
  referenceY?: { value: number; label: string };
  /** A second line to read against the first, e.g. what the model expected of the metric. */
  compare?: { label: string; series: SeriesPoints };
  /** A range drawn under the lines, e.g. where the metric would not have raised an alarm; clipped to the plot. */
  band?: { label: string; series: BandPoints };
  /** The y axis's ticks and their labels, when the automatic ones will not do. */
  yTicks?: { ticks: number[]; format: (value: number) => string };
  /** Chart width in px; omit to follow the container. */
  width?: number;
  height?: number;
  actions?: ReactNode;
  note?: ReactNode;
  drag?: ChartDrag;
  onChartClick?: () => void;
  cursor?: 'pointer' | 'crosshair' | 'zoom-in';
}

// A window narrower than this share of the view is widened so it stays visible (about 2 px).
const MIN_WINDOW_SHARE = 0.003;
const NO_WINDOWS: readonly KindedWindow<WindowKind>[] = [];
const AUTO_DOMAIN: YDomain = ['auto', 'auto'];
const MARGIN = { top: 8, right: 16, bottom: 30 };
const Y_AXIS_WIDTH = 48;
/** Horizontal px a TimeSeriesChart spends outside its plot (y axis and margins). */
export const PLOT_INSET_PX = Y_AXIS_WIDTH + MARGIN.right;
const REFERENCE_COLOR = '#dc2626';
const COMPARE_COLOR = '#0f766e';
const BAND_OPACITY = 0.16;
const TICK_FONT = 12;
const TOOLTIP_WIDTH = 200;

/**
 * A metric over time with shaded anomaly windows, drawn as plain SVG paths from points already
 * reduced to about the plot width: one element per line, so a 6-month chart is a few DOM nodes.
 * Hover or arrow keys read the nearest point; a drag selects a time range (see useDragZoom).
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, seriesLabel, series, view, windows = NO_WINDOWS, yDomain = AUTO_DOMAIN, height = 200, drag, logY = false } = props;
  const [measureRef, measured] = useElementWidth<HTMLDivElement>();
  const width = props.width ?? measured;
  const clipId = useId();
  const [active, setActive] = useState(-1);

  const extent = useMemo(() => {
    const arrays: ArrayLike<number>[] = [series.values.subarray(0, series.length)];
    if (props.compare) arrays.push(props.compare.series.values.subarray(0, props.compare.series.length));
    return extentOf(arrays, logY);
  }, [series, props.compare, logY]);
  const domain = useMemo(() => resolveDomain(yDomain, extent, logY, props.referenceY?.value), [yDomain, extent, logY, props.referenceY?.value]);
  const frame = useMemo<PlotFrame | null>(() => {
    const plotWidth = width - Y_AXIS_WIDTH - MARGIN.right;
    const plotHeight = height - MARGIN.top - MARGIN.bottom;
    if (!(plotWidth > 0 && plotHeight > 0 && view.end > view.start)) return null;
    return { left: Y_AXIS_WIDTH, top: MARGIN.top, width: plotWidth, height: plotHeight, view, domain, log: logY };
  }, [width, height, view, domain, logY]);

  const formatY = props.yTicks?.format ?? formatNumber;
  const yTickValues = useMemo(() => {
    if (props.yTicks) return props.yTicks.ticks.filter((t) => t >= domain[0] && t <= domain[1]);
    return logY ? decadeTicks(domain[0], domain[1]) : linearTicks(domain[0], domain[1], 5).ticks;
  }, [props.yTicks, domain, logY]);
  const { ticks: xTicks, step } = useMemo(() => timeTicks(view.start, view.end, 8), [view.start, view.end]);
  const shaded = useMemo(() => visibleWindows(windows, view, (view.end - view.start) * MIN_WINDOW_SHARE), [windows, view]);
  const shadedByKind = useMemo(() => WINDOW_KIND_ORDER.map((kind) => shaded.filter((w) => w.kind === kind)), [shaded]);

  // The heavy parts, computed once per frame and data: hovering redraws only the cursor and tooltip.
  const paths = useMemo(() => {
    if (!frame) return null;
    return {
      line: linePath(frame, series.times, series.values, series.length),
      compare: props.compare ? linePath(frame, props.compare.series.times, props.compare.series.values, props.compare.series.length) : '',
      band: props.band ? bandPath(frame, props.band.series.times, props.band.series.low, props.band.series.high, props.band.series.length) : '',
    };
  }, [frame, series, props.compare, props.band]);

  const legend = useMemo<LegendEntry[]>(() => {
    const kinds = WINDOW_KIND_ORDER.filter((kind) => windows.some((w) => w.kind === kind));
    const reference: LegendEntry[] = props.referenceY ? [{ label: props.referenceY.label, color: REFERENCE_COLOR, shape: 'line', dashed: true }] : [];
    const compare: LegendEntry[] = props.compare ? [{ label: props.compare.label, color: COMPARE_COLOR, shape: 'line', dashed: true }] : [];
    const band: LegendEntry[] = props.band ? [{ label: props.band.label, color: COMPARE_COLOR, shape: 'band', opacity: BAND_OPACITY * 2 }] : [];
    return [{ label: seriesLabel, color: CHART_COLORS.line, shape: 'line' }, ...compare, ...band, ...reference, ...kinds.map(windowLegendEntry)];
  }, [seriesLabel, windows, props.referenceY, props.compare, props.band]);

  const timeAt = useCallback((event: MouseEvent<SVGSVGElement>): number | null => {
    if (!frame) return null;
    const box = event.currentTarget.getBoundingClientRect();
    return timeAtX(frame, event.clientX - box.left);
  }, [frame]);
  const onMouseMove = (event: MouseEvent<SVGSVGElement>) => {
    const t = timeAt(event);
    if (t === null) return;
    setActive(nearestIndex(series.times, series.length, t));
    drag?.onMove(t);
  };
  const onMouseDown = (event: MouseEvent<SVGSVGElement>) => {
    const t = timeAt(event);
    if (t !== null && event.button === 0) drag?.onStart(t);
  };
  const onMouseLeave = () => {
    setActive(-1);
    drag?.onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = series.length - 1;
    const moves: Record<string, number> = { ArrowLeft: Math.max(0, active - 1), ArrowRight: Math.min(last, active < 0 ? 0 : active + 1), Home: 0, End: last };
    if (event.key in moves && last >= 0) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === 'Escape') setActive(-1);
  };

  const showDots = series.raw && series.length <= 200;
  return (
    <ChartFigure title={title} legend={legend} actions={props.actions} note={props.note}>
      <div className="chart-plot" ref={measureRef} style={{ width: props.width ?? '100%', height }}>
        {frame && paths && (
          <svg
            className="chart-svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={title}
            tabIndex={0}
            style={{ cursor: props.cursor }}
            onMouseMove={onMouseMove}
            onMouseDown={drag ? onMouseDown : undefined}
            onMouseUp={drag?.onEnd}
            onMouseLeave={onMouseLeave}
            onClick={props.onChartClick}
            onKeyDown={onKeyDown}
            onBlur={() => setActive(-1)}
          >
            <defs>
              <clipPath id={clipId}>
                <rect x={frame.left} y={frame.top} width={frame.width} height={frame.height} />
              </clipPath>
            </defs>
            <YAxis frame={frame} ticks={yTickValues} format={formatY} />
            <XAxis frame={frame} ticks={xTicks} step={step} />
            {shadedByKind.map((group, i) => (
              <WindowBands key={WINDOW_KIND_ORDER[i]} windows={group} view={view} plot={frame} />
            ))}
            <g clipPath={`url(#${clipId})`}>
              {paths.band && <path className="chart-band" d={paths.band} fill={COMPARE_COLOR} fillOpacity={BAND_OPACITY} stroke="none" />}
              <path className="chart-line" d={paths.line} fill="none" stroke={CHART_COLORS.line} strokeWidth={1.25} />
              {showDots && <Dots frame={frame} series={series} />}
              {paths.compare && <path className="chart-line chart-line--compare" d={paths.compare} fill="none" stroke={COMPARE_COLOR} strokeWidth={1.25} strokeDasharray="5 3" />}
            </g>
            {props.referenceY && <ReferenceLine frame={frame} value={props.referenceY.value} />}
            {active >= 0 && active < series.length && <Cursor frame={frame} t={series.times[active]} v={series.values[active]} />}
          </svg>
        )}
        {frame && active >= 0 && active < series.length && (
          <Tooltip frame={frame} index={active} series={series} seriesLabel={seriesLabel} compare={props.compare} band={props.band} format={formatY} />
        )}
        {drag && frame ? <DragSelection drag={drag} frame={frame} /> : null}
      </div>
    </ChartFigure>
  );
}

function YAxis({ frame, ticks, format }: { frame: PlotFrame; ticks: number[]; format: (value: number) => string }) {
  const right = frame.left + frame.width;
  return (
    <g className="chart-axis chart-axis--y">
      {ticks.map((tick) => {
        const y = yOf(frame, tick);
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

function XAxis({ frame, ticks, step }: { frame: PlotFrame; ticks: number[]; step: number }) {
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
              {formatTimeTick(tick, step)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Dots({ frame, series }: { frame: PlotFrame; series: SeriesPoints }) {
  const dots: ReactNode[] = [];
  for (let i = 0; i < series.length; i++) {
    const y = yOf(frame, series.values[i]);
    if (Number.isFinite(y)) dots.push(<circle key={i} cx={xOf(frame, series.times[i])} cy={y} r={2} fill={CHART_COLORS.line} />);
  }
  return <g className="chart-dots">{dots}</g>;
}

function ReferenceLine({ frame, value }: { frame: PlotFrame; value: number }) {
  const y = yOf(frame, value);
  if (!Number.isFinite(y)) return null;
  return <line className="chart-reference" x1={frame.left} x2={frame.left + frame.width} y1={y} y2={y} stroke={REFERENCE_COLOR} strokeDasharray="4 3" />;
}

function Cursor({ frame, t, v }: { frame: PlotFrame; t: number; v: number }) {
  const x = xOf(frame, t);
  const y = yOf(frame, v);
  return (
    <g className="chart-cursor" pointerEvents="none">
      <line x1={x} x2={x} y1={frame.top} y2={frame.top + frame.height} stroke={CHART_COLORS.axis} strokeOpacity={0.5} />
      {Number.isFinite(y) && <circle cx={x} cy={y} r={3} fill={CHART_COLORS.line} stroke="#ffffff" />}
    </g>
  );
}

interface TooltipProps {
  frame: PlotFrame;
  index: number;
  series: SeriesPoints;
  seriesLabel: string;
  compare?: { label: string; series: SeriesPoints };
  band?: { label: string; series: BandPoints };
  format: (value: number) => string;
}

/** The nearest point's time and values, beside the cursor (on the side with room). */
function Tooltip({ frame, index, series, seriesLabel, compare, band, format }: TooltipProps) {
  const t = series.times[index];
  const x = xOf(frame, t);
  const value = (v: number) => (Number.isFinite(v) ? format(v) : 'no value');
  const rows: [string, string][] = [[seriesLabel, value(series.values[index])]];
  if (compare) rows.push([compare.label, value(compare.series.values[nearestIndex(compare.series.times, compare.series.length, t)])]);
  if (band) {
    const k = nearestIndex(band.series.times, band.series.length, t);
    rows.push([band.label, k < 0 ? 'no value' : `${value(band.series.low[k])} – ${value(band.series.high[k])}`]);
  }
  const left = x + 12 + TOOLTIP_WIDTH > frame.left + frame.width ? x - 12 - TOOLTIP_WIDTH : x + 12;
  return (
    <div className="chart-tooltip" role="status" style={{ left: Math.max(0, left), top: frame.top, width: TOOLTIP_WIDTH }}>
      <div className="chart-tooltip__time">{formatUtcMinute(t)} UTC</div>
      {rows.map(([label, text]) => (
        <div key={label}>
          {label}: <strong>{text}</strong>
        </div>
      ))}
    </div>
  );
}

/** The selection under way, over the plot: its own component, so a move redraws this box alone. */
function DragSelection({ drag, frame }: { drag: ChartDrag; frame: PlotFrame }) {
  const selection = drag.useSelection();
  if (!selection) return null;
  const share = (t: number) => ((Math.min(frame.view.end, Math.max(frame.view.start, t)) - frame.view.start) / (frame.view.end - frame.view.start)) * 100;
  return (
    <div className="chart-drag" style={{ left: frame.left, top: frame.top, width: frame.width, height: frame.height }} aria-hidden="true">
      <div className="chart-drag__selection" style={{ left: `${share(selection.start)}%`, width: `${share(selection.end) - share(selection.start)}%` }} />
    </div>
  );
}
