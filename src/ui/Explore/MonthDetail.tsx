import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { downsampleM4, rowRangeForTime } from '../../core/downsample';
import {
  clampWindow, formatUtcMinute, isoDay, panWindow, utcDayWindow, zoomOutWindow, type MonthRange, type TimeWindow,
} from '../../core/timeBuckets';
import type { KindedWindow } from '../../core/windows';
import type { MetricColumn } from '../../shared/dataset';
import type { WindowKind } from '../charts/chartTheme';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { yDomainFor } from './columns';
import { useDragZoom } from '../charts/useDragZoom';

// A day at 30 s is 2,880 rows: draw ranges up to this size point by point.
export const DETAIL_RAW_LIMIT = 4_000;
/** Horizontal px the detail box adds around its chart (padding and border in ExplorePanel.css). */
export const DETAIL_INSET_PX = 28;

export interface MonthDetailProps {
  timestamps: Float64Array;
  column: MetricColumn;
  month: MonthRange;
  view: TimeWindow;
  buckets: number;
  /** Chart width in px. */
  width: number;
  windows: readonly KindedWindow<WindowKind>[];
  /** Narrowest window the zoom may reach. */
  minSpan: number;
  onViewChange: (view: TimeWindow) => void;
  onClose: () => void;
}

/** A zoomable chart of one month: drag to select, buttons and a day picker for keyboard use. */
export function MonthDetail(props: MonthDetailProps) {
  const { timestamps, column, month, view, buckets, width, minSpan, onViewChange } = props;
  const headingId = useId();
  const dayId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const zoomTo = (next: TimeWindow): void => onViewChange(clampWindow(next, month, minSpan));
  const drag = useDragZoom(zoomTo);

  const rows = useMemo(() => rowRangeForTime(timestamps, view.start, view.end), [timestamps, view.start, view.end]);
  const series = useMemo(
    () => downsampleM4(timestamps, column.values, rows, { buckets, rawLimit: DETAIL_RAW_LIMIT }),
    [timestamps, column.values, rows, buckets],
  );

  useEffect(() => {
    // Opening the detail (or switching month) moves focus to it, so keyboard users land there.
    headingRef.current?.focus();
  }, [month.key]);

  const yDomain = yDomainFor(column);
  const rowCount = rows.to - rows.from;
  const firstDay = isoDay(Math.max(month.start, timestamps[month.from]));
  const lastDay = isoDay(Math.min(month.end - 1, timestamps[month.to - 1]));
  const dayWindow = utcDayWindow(isoDay(view.start));
  const shownDay = dayWindow && dayWindow.start === view.start && dayWindow.end === view.end ? isoDay(view.start) : '';
  // The date field keeps its own draft: while a year is half typed the value is a valid but
  // far-off date, and resetting it from the view would undo the typing.
  const [dayDraft, setDayDraft] = useState(shownDay);
  const [syncedDay, setSyncedDay] = useState(shownDay);
  if (shownDay !== syncedDay) {
    setSyncedDay(shownDay);
    setDayDraft(shownDay);
  }
  const isWhole = view.start <= month.start && view.end >= month.end;
  const pointsText = series.raw
    ? `${rowCount.toLocaleString('en-US')} raw points`
    : `${series.length.toLocaleString('en-US')} points summarising ${rowCount.toLocaleString('en-US')} rows (peaks kept)`;

  return (
    <section className="explore-detail" aria-labelledby={headingId}>
      <div className="explore-detail__header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          Detail: {column.label} — {month.label}
        </h3>
        <button type="button" className="chart-button" onClick={props.onClose}>
          Close detail
        </button>
      </div>
      <div className="explore-detail__controls" role="group" aria-label="Zoom controls">
        <button type="button" className="chart-button" onClick={() => zoomTo(zoomOutWindow(view, month, 0.5))} disabled={view.end - view.start <= minSpan}>
          Zoom in
        </button>
        <button type="button" className="chart-button" onClick={() => zoomTo(zoomOutWindow(view, month))} disabled={isWhole}>
          Zoom out
        </button>
        <button type="button" className="chart-button" onClick={() => zoomTo(month)} disabled={isWhole}>
          Reset zoom
        </button>
        <button type="button" className="chart-button" onClick={() => zoomTo(panWindow(view, month, -0.5))} disabled={view.start <= month.start}>
          Earlier
        </button>
        <button type="button" className="chart-button" onClick={() => zoomTo(panWindow(view, month, 0.5))} disabled={view.end >= month.end}>
          Later
        </button>
        <label className="explore-detail__day" htmlFor={dayId}>
          Day
          <input
            id={dayId}
            type="date"
            min={firstDay}
            max={lastDay}
            value={dayDraft}
            onChange={(e) => {
              setDayDraft(e.target.value);
              const day = utcDayWindow(e.target.value);
              if (day && day.end > month.start && day.start < month.end) zoomTo(day);
            }}
          />
        </label>
      </div>
      <TimeSeriesChart
        title={`${column.label} — ${month.label} (detail)`}
        seriesLabel={column.label}
        series={series}
        view={view}
        windows={props.windows}
        yDomain={yDomain}
        width={width}
        height={280}
        cursor="crosshair"
        drag={drag}
        note={
          <span aria-live="polite">
            {formatUtcMinute(view.start)} – {formatUtcMinute(view.end)} UTC · {pointsText}. Drag across the chart to zoom.
          </span>
        }
      />
    </section>
  );
}
