import { useCallback, useMemo, type ReactNode } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts';
import type { SeriesPoints } from '../../core/downsample';
import type { BandPoints } from '../../core/downsampleBand';
import { formatTimeTick, formatUtcMinute, timeTicks, type TimeWindow } from '../../core/timeBuckets';
import { visibleWindows, type KindedWindow } from '../../core/windows';
import { renderAxisTick } from './AxisTick';
import { ChartFigure } from './ChartFigure';
import { formatNumber, toBandPoints, toLinePoints } from './chartData';
import { CHART_COLORS, noGridLines, WINDOW_KIND_ORDER, windowLegendEntry, type WindowKind } from './chartTheme';
import type { LegendEntry } from './saveChartImage';
import type { ChartDrag } from './useDragZoom';
import { unmeasuredCurve } from './unmeasuredCurve';
import { WindowBands } from './WindowBands';

type DomainBound = number | 'auto' | 'dataMin' | 'dataMax' | ((limit: number) => number);
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
  /** A horizontal line, e.g. the anomaly threshold, with its legend label. */
  referenceY?: { value: number; label: string };
  /** A second line to read against the first, e.g. what the model expected of the metric. */
  compare?: { label: string; series: SeriesPoints };
  /** A range drawn under the lines, e.g. where the metric would not have raised an alarm; clipped to yDomain when one is given. */
  band?: { label: string; series: BandPoints };
  /** The y axis's ticks and their labels, when the automatic ones will not do (a log axis draws dozens). */
  yTicks?: { ticks: number[]; format: (value: number) => string };
  /** Chart width in px; omit to follow the container (slower: each chart then measures itself). */
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
// Recharts re-registers an axis or tooltip whenever a prop changes identity, so props stay stable.
const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 48;
/** Horizontal px a TimeSeriesChart spends outside its plot (y axis and margins). */
export const PLOT_INSET_PX = Y_AXIS_WIDTH + MARGIN.left + MARGIN.right;
const ACTIVE_DOT = { r: 3 };
const REFERENCE_COLOR = '#dc2626';
const COMPARE_COLOR = '#0f766e';
const BAND_OPACITY = 0.16;
const RAW_DOT = { r: 2 };
const formatLabel = (t: unknown): string => `${formatUtcMinute(Number(t))} UTC`;
// Recharts' default x axis height: with the margins, where the plot sits inside the chart.
const X_AXIS_HEIGHT = 30;
const PLOT_BOX = { left: MARGIN.left + Y_AXIS_WIDTH, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom + X_AXIS_HEIGHT };

function timeAt(state: MouseHandlerDataParam): number | null {
  const t = Number(state.activeLabel);
  return state.activeLabel !== undefined && Number.isFinite(t) ? t : null;
}

/** A metric over time with shaded anomaly windows; never animates, draws what it is given. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, seriesLabel, series, view, windows = NO_WINDOWS, yDomain = AUTO_DOMAIN, height = 200, drag } = props;
  const points = useMemo(() => toLinePoints(series), [series]);
  const comparePoints = useMemo(() => (props.compare ? toLinePoints(props.compare.series) : null), [props.compare]);
  const bandPoints = useMemo(() => (props.band ? toBandPoints(props.band.series) : null), [props.band]);
  const { ticks, step } = useMemo(() => timeTicks(view.start, view.end, 8), [view.start, view.end]);
  const shaded = useMemo(
    () => visibleWindows(windows, view, (view.end - view.start) * MIN_WINDOW_SHARE),
    [windows, view],
  );
  // One band group per kind, so bands that did not change (the truth, when the threshold moves) are not drawn again.
  const shadedByKind = useMemo(() => WINDOW_KIND_ORDER.map((kind) => shaded.filter((w) => w.kind === kind)), [shaded]);
  const legend = useMemo<LegendEntry[]>(() => {
    const kinds = WINDOW_KIND_ORDER.filter((kind) => windows.some((w) => w.kind === kind));
    const reference: LegendEntry[] = props.referenceY ? [{ label: props.referenceY.label, color: REFERENCE_COLOR, shape: 'line', dashed: true }] : [];
    const compare: LegendEntry[] = props.compare ? [{ label: props.compare.label, color: COMPARE_COLOR, shape: 'line', dashed: true }] : [];
    const band: LegendEntry[] = props.band ? [{ label: props.band.label, color: COMPARE_COLOR, shape: 'band', opacity: BAND_OPACITY * 2 }] : [];
    return [{ label: seriesLabel, color: CHART_COLORS.line, shape: 'line' }, ...compare, ...band, ...reference, ...kinds.map(windowLegendEntry)];
  }, [seriesLabel, windows, props.referenceY, props.compare, props.band]);
  const showDots = series.raw && series.length <= 200;
  const xDomain = useMemo(() => [view.start, view.end], [view.start, view.end]);
  const style = useMemo(() => ({ width: props.width ?? '100%', height }), [props.width, height]);
  const formatTick = useCallback((t: number) => formatTimeTick(t, step), [step]);
  // Stable handlers, so a drag's moves never hand the chart new props.
  const onMouseDown = useCallback(
    (state: MouseHandlerDataParam) => {
      const t = timeAt(state);
      if (t !== null) drag?.onStart(t);
    },
    [drag],
  );
  const onMouseMove = useCallback(
    (state: MouseHandlerDataParam) => {
      const t = timeAt(state);
      if (t !== null) drag?.onMove(t);
    },
    [drag],
  );
  const formatY = props.yTicks?.format ?? formatNumber;
  // Each series under its own name; a band's [low, high] as a range.
  const formatValue = useCallback(
    (v: unknown, name: unknown): [string, string] => [
      typeof v === 'number' ? formatY(v) : Array.isArray(v) && v.length === 2 ? `${formatY(Number(v[0]))} – ${formatY(Number(v[1]))}` : String(v),
      typeof name === 'string' ? name : seriesLabel,
    ],
    [seriesLabel, formatY],
  );

  return (
    <ChartFigure title={title} legend={legend} actions={props.actions} note={props.note}>
      <div className="chart-plot">
        <ComposedChart
          data={points}
          responsive={props.width === undefined}
          width={props.width}
          height={props.width === undefined ? undefined : height}
          style={style}
          margin={MARGIN}
          cursor={props.cursor}
          title={title}
          onClick={props.onChartClick ? () => props.onChartClick?.() : undefined}
          onMouseDown={drag ? onMouseDown : undefined}
          onMouseMove={drag ? onMouseMove : undefined}
          onMouseUp={drag?.onEnd}
          onMouseLeave={drag?.onCancel}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
          {shadedByKind.map((group, i) => (
            <WindowBands key={WINDOW_KIND_ORDER[i]} windows={group} view={view} />
          ))}
          <XAxis
            type="number"
            dataKey="t"
            domain={xDomain}
            allowDataOverflow
            ticks={ticks}
            interval={0}
            tickFormatter={formatTick}
            stroke={CHART_COLORS.axis}
            tick={renderAxisTick}
          />
          <YAxis
            scale={props.logY ? 'log' : 'auto'}
            domain={yDomain}
            allowDataOverflow={props.band !== undefined && props.yDomain !== undefined}
            width={Y_AXIS_WIDTH}
            interval={0}
            ticks={props.yTicks?.ticks}
            tickFormatter={formatY}
            stroke={CHART_COLORS.axis}
            tick={renderAxisTick}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={formatLabel}
            formatter={formatValue}
          />
          {bandPoints ? (
            <Area
              data={bandPoints}
              type="linear"
              dataKey="r"
              name={props.band!.label}
              fill={COMPARE_COLOR}
              fillOpacity={BAND_OPACITY}
              stroke="none"
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ) : null}
          <Line
            type="linear"
            dataKey="v"
            name={seriesLabel}
            stroke={CHART_COLORS.line}
            strokeWidth={1.25}
            shape={unmeasuredCurve}
            dot={showDots ? RAW_DOT : false}
            activeDot={ACTIVE_DOT}
            isAnimationActive={false}
            connectNulls={false}
          />
          {comparePoints ? (
            <Line
              data={comparePoints}
              type="linear"
              dataKey="v"
              name={props.compare!.label}
              stroke={COMPARE_COLOR}
              strokeWidth={1.25}
              strokeDasharray="5 3"
              shape={unmeasuredCurve}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ) : null}
          {props.referenceY ? <ReferenceLine y={props.referenceY.value} stroke={REFERENCE_COLOR} strokeDasharray="4 3" ifOverflow="extendDomain" /> : null}
        </ComposedChart>
        {drag ? <DragSelection drag={drag} view={view} /> : null}
      </div>
    </ChartFigure>
  );
}

/** The selection under way, over the plot: outside the chart's tree, so a move redraws this box alone. */
function DragSelection({ drag, view }: { drag: ChartDrag; view: TimeWindow }) {
  const selection = drag.useSelection();
  if (!selection) return null;
  const span = view.end - view.start;
  const share = (t: number) => Math.min(1, Math.max(0, (t - view.start) / span)) * 100;
  return (
    <div className="chart-drag" style={PLOT_BOX} aria-hidden="true">
      <div className="chart-drag__selection" style={{ left: `${share(selection.start)}%`, width: `${share(selection.end) - share(selection.start)}%` }} />
    </div>
  );
}
