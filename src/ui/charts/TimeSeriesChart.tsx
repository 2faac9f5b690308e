import { memo, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SeriesPoints } from '../../core/downsample';
import type { BandPoints } from '../../core/downsampleBand';
import { bandPath, extentOf, linearTicks, linePath, logTicks, nearestIndex, resolveDomain, xOf, yOf, type DomainBound, type PlotFrame } from '../../core/plot/plotScale';
import { formatTimeTick, formatUtcMinute, timeTicks, type TimeWindow } from '../../core/timeBuckets';
import { visibleWindows, type KindedWindow } from '../../core/windows';
import { ChartFigure } from './ChartFigure';
import { formatNumber } from './chartText';
import { CHART_COLORS, WINDOW_KIND_ORDER, windowLegendEntry, type WindowKind } from './chartTheme';
import type { LegendEntry } from './saveChartImage';
import type { ChartDrag } from './useDragZoom';
import { PlotArea, PLOT_MARGIN, Y_AXIS_WIDTH } from './PlotArea';
import { ChartTooltip, CursorLine } from './svgParts';
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
/** Horizontal px a TimeSeriesChart spends outside its plot (y axis and margins). */
export const PLOT_INSET_PX = Y_AXIS_WIDTH + PLOT_MARGIN.right;
const REFERENCE_COLOR = '#dc2626';
const COMPARE_COLOR = '#0f766e';
const BAND_OPACITY = 0.16;

/**
 * A metric over time with shaded anomaly windows, drawn as plain SVG paths from points already
 * reduced to about the plot width: one element per line, so a 6-month chart is a few DOM nodes.
 * Hover or arrow keys read the nearest point; a drag selects a time range (see useDragZoom).
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, seriesLabel, series, view, windows = NO_WINDOWS, yDomain = AUTO_DOMAIN, height = 200, drag, logY = false } = props;
  const clipId = useId();
  const [active, setActive] = useState(-1);

  const extent = useMemo(() => {
    const arrays: ArrayLike<number>[] = [series.values.subarray(0, series.length)];
    if (props.compare) arrays.push(props.compare.series.values.subarray(0, props.compare.series.length));
    return extentOf(arrays, logY);
  }, [series, props.compare, logY]);
  const domain = useMemo(() => resolveDomain(yDomain, extent, logY, props.referenceY?.value), [yDomain, extent, logY, props.referenceY?.value]);
  const xDomain = useMemo(() => [view.start, view.end] as const, [view.start, view.end]);
  const formatY = props.yTicks?.format ?? formatNumber;
  const yTicks = useMemo(() => {
    const ticks = props.yTicks ? props.yTicks.ticks.filter((t) => t >= domain[0] && t <= domain[1]) : logY ? logTicks(domain[0], domain[1]) : linearTicks(domain[0], domain[1], 5).ticks;
    return { ticks, format: formatY };
  }, [props.yTicks, domain, logY, formatY]);
  const xTicks = useMemo(() => {
    const { ticks, step } = timeTicks(view.start, view.end, 8);
    return { ticks, format: (t: number) => formatTimeTick(t, step) };
  }, [view.start, view.end]);
  const shaded = useMemo(() => visibleWindows(windows, view, (view.end - view.start) * MIN_WINDOW_SHARE), [windows, view]);
  const shadedByKind = useMemo(() => WINDOW_KIND_ORDER.map((kind) => shaded.filter((w) => w.kind === kind)), [shaded]);

  const legend = useMemo<LegendEntry[]>(() => {
    const kinds = WINDOW_KIND_ORDER.filter((kind) => windows.some((w) => w.kind === kind));
    const reference: LegendEntry[] = props.referenceY ? [{ label: props.referenceY.label, color: REFERENCE_COLOR, shape: 'line', dashed: true }] : [];
    const compare: LegendEntry[] = props.compare ? [{ label: props.compare.label, color: COMPARE_COLOR, shape: 'line', dashed: true }] : [];
    const band: LegendEntry[] = props.band ? [{ label: props.band.label, color: COMPARE_COLOR, shape: 'band', opacity: BAND_OPACITY * 2 }] : [];
    return [{ label: seriesLabel, color: CHART_COLORS.line, shape: 'line' }, ...compare, ...band, ...reference, ...kinds.map(windowLegendEntry)];
  }, [seriesLabel, windows, props.referenceY, props.compare, props.band]);

  const onHover = (t: number | null) => {
    if (t === null) {
      setActive(-1);
      drag?.onCancel();
      return;
    }
    setActive(nearestIndex(series.times, series.length, t));
    drag?.onMove(t);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = series.length - 1;
    const moves: Record<string, number> = { ArrowLeft: Math.max(0, active - 1), ArrowRight: Math.min(last, active < 0 ? 0 : active + 1), Home: 0, End: last };
    if (event.key in moves && last >= 0) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === 'Escape') setActive(-1);
  };
  const shown = active >= 0 && active < series.length ? active : -1;

  return (
    <ChartFigure title={title} legend={legend} actions={props.actions} note={props.note}>
      <PlotArea
        title={title}
        width={props.width}
        height={height}
        x={xDomain}
        y={domain}
        logY={logY}
        xTicks={xTicks}
        yTicks={yTicks}
        onHover={onHover}
        onPress={drag?.onStart}
        onRelease={drag?.onEnd}
        onClick={props.onChartClick}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(-1)}
        cursor={props.cursor}
        overlay={(frame) => (
          <>
            {shown >= 0 && <SeriesTooltip frame={frame} index={shown} series={series} seriesLabel={seriesLabel} compare={props.compare} band={props.band} format={formatY} />}
            {drag ? <DragSelection drag={drag} frame={frame} /> : null}
          </>
        )}
      >
        {(frame) => (
          <>
            {shadedByKind.map((group, i) => (
              <WindowBands key={WINDOW_KIND_ORDER[i]} windows={group} view={view} plot={frame} />
            ))}
            <SeriesPaths frame={frame} clipId={clipId} series={series} compare={props.compare?.series} band={props.band?.series} />
            {props.referenceY && <ReferenceLine frame={frame} value={props.referenceY.value} />}
            {shown >= 0 && <Cursor frame={frame} t={series.times[shown]} v={series.values[shown]} />}
          </>
        )}
      </PlotArea>
    </ChartFigure>
  );
}

interface SeriesPathsProps {
  frame: PlotFrame;
  clipId: string;
  series: SeriesPoints;
  compare?: SeriesPoints;
  band?: BandPoints;
}

/** The line, the expected line and range, clipped to the plot; memoised, so hovering redraws none of it. */
const SeriesPaths = memo(function SeriesPaths({ frame, clipId, series, compare, band }: SeriesPathsProps) {
  const showDots = series.raw && series.length <= 200;
  return (
    <>
      <defs>
        <clipPath id={clipId}>
          <rect x={frame.left} y={frame.top} width={frame.width} height={frame.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {band && <path className="chart-band" d={bandPath(frame, band.times, band.low, band.high, band.length)} fill={COMPARE_COLOR} fillOpacity={BAND_OPACITY} stroke="none" />}
        <path className="chart-line" d={linePath(frame, series.times, series.values, series.length)} fill="none" stroke={CHART_COLORS.line} strokeWidth={1.25} />
        {showDots && <Dots frame={frame} series={series} />}
        {compare && (
          <path
            className="chart-line chart-line--compare"
            d={linePath(frame, compare.times, compare.values, compare.length)}
            fill="none"
            stroke={COMPARE_COLOR}
            strokeWidth={1.25}
            strokeDasharray="5 3"
          />
        )}
      </g>
    </>
  );
});

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
    <g pointerEvents="none">
      <CursorLine frame={frame} x={x} />
      {Number.isFinite(y) && <circle cx={x} cy={y} r={3} fill={CHART_COLORS.line} stroke="#ffffff" />}
    </g>
  );
}

interface SeriesTooltipProps {
  frame: PlotFrame;
  index: number;
  series: SeriesPoints;
  seriesLabel: string;
  compare?: { label: string; series: SeriesPoints };
  band?: { label: string; series: BandPoints };
  format: (value: number) => string;
}

/** The nearest point's time and values, with the expected line's and range's at the same time. */
function SeriesTooltip({ frame, index, series, seriesLabel, compare, band, format }: SeriesTooltipProps) {
  const t = series.times[index];
  const value = (v: number) => (Number.isFinite(v) ? format(v) : 'no value');
  const rows: [string, string][] = [[seriesLabel, value(series.values[index])]];
  if (compare) rows.push([compare.label, value(compare.series.values[nearestIndex(compare.series.times, compare.series.length, t)])]);
  if (band) {
    const k = nearestIndex(band.series.times, band.series.length, t);
    rows.push([band.label, k < 0 ? 'no value' : `${value(band.series.low[k])} – ${value(band.series.high[k])}`]);
  }
  return <ChartTooltip frame={frame} x={xOf(frame, t)} heading={`${formatUtcMinute(t)} UTC`} rows={rows} />;
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
