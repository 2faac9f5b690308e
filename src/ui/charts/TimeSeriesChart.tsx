import { useCallback, useMemo, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts';
import type { SeriesPoints } from '../../core/downsample';
import { formatTimeTick, formatUtcMinute, timeTicks, type TimeWindow } from '../../core/timeBuckets';
import { visibleWindows, type KindedWindow } from '../../core/windows';
import { renderAxisTick } from './AxisTick';
import { ChartFigure } from './ChartFigure';
import { formatNumber, toLinePoints } from './chartData';
import { CHART_COLORS, noGridLines, WINDOW_KIND_ORDER, windowLegendEntry, type WindowKind } from './chartTheme';
import type { LegendEntry } from './saveChartImage';
import { WindowBands } from './WindowBands';

type DomainBound = number | 'auto' | 'dataMin' | 'dataMax' | ((limit: number) => number);
export type YDomain = [DomainBound, DomainBound];

/** Drag-to-select on the plot, in time units. */
export interface ChartDrag {
  selection: TimeWindow | null;
  onStart: (time: number) => void;
  onMove: (time: number) => void;
  onEnd: () => void;
  onCancel: () => void;
}

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
const RAW_DOT = { r: 2 };
const formatLabel = (t: unknown): string => `${formatUtcMinute(Number(t))} UTC`;

function timeAt(state: MouseHandlerDataParam): number | null {
  const t = Number(state.activeLabel);
  return state.activeLabel !== undefined && Number.isFinite(t) ? t : null;
}

/** A metric over time with shaded anomaly windows; never animates, draws what it is given. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, seriesLabel, series, view, windows = NO_WINDOWS, yDomain = AUTO_DOMAIN, height = 200, drag } = props;
  const points = useMemo(() => toLinePoints(series), [series]);
  const comparePoints = useMemo(() => (props.compare ? toLinePoints(props.compare.series) : null), [props.compare]);
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
    return [{ label: seriesLabel, color: CHART_COLORS.line, shape: 'line' }, ...compare, ...reference, ...kinds.map(windowLegendEntry)];
  }, [seriesLabel, windows, props.referenceY, props.compare]);
  const showDots = series.raw && series.length <= 200;
  const xDomain = useMemo(() => [view.start, view.end], [view.start, view.end]);
  const style = useMemo(() => ({ width: props.width ?? '100%', height }), [props.width, height]);
  const formatTick = useCallback((t: number) => formatTimeTick(t, step), [step]);
  const formatY = props.yTicks?.format ?? formatNumber;
  const formatValue = useCallback(
    (v: unknown): [string, string] => [typeof v === 'number' ? formatY(v) : String(v), seriesLabel],
    [seriesLabel, formatY],
  );

  return (
    <ChartFigure title={title} legend={legend} actions={props.actions} note={props.note}>
      <LineChart
        data={points}
        responsive={props.width === undefined}
        width={props.width}
        height={props.width === undefined ? undefined : height}
        style={style}
        margin={MARGIN}
        cursor={props.cursor}
        title={title}
        onClick={props.onChartClick ? () => props.onChartClick?.() : undefined}
        onMouseDown={drag ? (state) => { const t = timeAt(state); if (t !== null) drag.onStart(t); } : undefined}
        onMouseMove={drag?.selection ? (state) => { const t = timeAt(state); if (t !== null) drag.onMove(t); } : undefined}
        onMouseUp={drag ? () => drag.onEnd() : undefined}
        onMouseLeave={drag?.selection ? () => drag.onCancel() : undefined}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        {shadedByKind.map((group, i) => (
          <WindowBands key={WINDOW_KIND_ORDER[i]} windows={group} />
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
          allowDataOverflow={false}
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
        <Line
          type="linear"
          dataKey="v"
          name={seriesLabel}
          stroke={CHART_COLORS.line}
          strokeWidth={1.25}
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
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ) : null}
        {props.referenceY ? <ReferenceLine y={props.referenceY.value} stroke={REFERENCE_COLOR} strokeDasharray="4 3" ifOverflow="extendDomain" /> : null}
        {drag?.selection ? (
          <ReferenceArea
            x1={drag.selection.start}
            x2={drag.selection.end}
            ifOverflow="hidden"
            fill={CHART_COLORS.selection}
            fillOpacity={0.15}
            stroke={CHART_COLORS.selection}
          />
        ) : null}
      </LineChart>
    </ChartFigure>
  );
}
