import { useId, useMemo, useState } from 'react';
import { monthRanges, type MonthRange, type TimeWindow } from '../../core/timeBuckets';
import { eventWindows, maskWindows } from '../../core/windows';
import type { Dataset } from '../../shared/dataset';
import { FIGURE_INSET_PX } from '../charts/ChartFigure';
import { PLOT_INSET_PX } from '../charts/TimeSeriesChart';
import { useElementWidth } from '../charts/useElementWidth';
import { useProgressiveCount } from '../components/useProgressiveCount';
import { MonthChart } from './MonthChart';
import { DETAIL_INSET_PX, MonthDetail } from './MonthDetail';
import { useDetectedWindows } from './useDetectedWindows';

const DEFAULT_INTERVAL_MS = 30_000;
// M4 keeps up to 4 points per bucket: a bucket per 2 px gives ~2 points per pixel, enough for a
// min-to-max stroke in every column at half the drawing cost of one bucket per pixel.
const PX_PER_BUCKET = 2;

interface Detail {
  monthKey: string;
  view: TimeWindow;
}

/** Metric picker, one chart per calendar month, and the zoomable detail of one month. */
export function MonthlySeries({ dataset }: { dataset: Dataset }) {
  const headingId = useId();
  const selectId = useId();
  const [metricKey, setMetricKey] = useState(dataset.columns[0]?.key ?? '');
  const [detail, setDetail] = useState<Detail | null>(null);
  const [listRef, width] = useElementWidth<HTMLDivElement>();

  const { timestamps } = dataset;
  const months = useMemo(() => monthRanges(timestamps), [timestamps]);
  const intervalMs = dataset.meta.intervalMs > 0 ? dataset.meta.intervalMs : DEFAULT_INTERVAL_MS;
  const { events, missing } = dataset;
  // Forward-filled rows of an upload are shaded grey, so invented values never pass for data.
  const detected = useDetectedWindows(dataset);
  const windows = useMemo(
    () => [...(missing ? maskWindows(missing, timestamps, 'filled' as const, intervalMs) : []), ...eventWindows(events, 'truth' as const, intervalMs), ...detected],
    [events, missing, timestamps, intervalMs, detected],
  );
  const column = dataset.columns.find((c) => c.key === metricKey) ?? dataset.columns[0];
  // Charts get a fixed width from this one measurement, so none has to measure itself.
  const chartWidth = Math.max(200, width - FIGURE_INSET_PX);
  const detailWidth = chartWidth - DETAIL_INSET_PX;
  const buckets = Math.round((chartWidth - PLOT_INSET_PX) / PX_PER_BUCKET);
  const detailMonth = detail ? months.find((m) => m.key === detail.monthKey) : undefined;
  // Only a new metric restarts the drawing: a width change (a scrollbar appearing) must not loop.
  const drawn = useProgressiveCount(months.length, column?.key, 0);

  const openDetail = (month: MonthRange): void => setDetail({ monthKey: month.key, view: { start: month.start, end: month.end } });
  const closeDetail = (): void => {
    const key = detail?.monthKey;
    setDetail(null);
    // Give focus back to the button that opened the detail.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLButtonElement>(`[data-zoom-month="${key}"]`)?.focus());
  };

  if (!column) return null;
  return (
    <section className="explore-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Time series by month</h2>
      <div className="explore-field">
        <label htmlFor={selectId}>Metric</label>
        <select id={selectId} value={column.key} onChange={(e) => setMetricKey(e.target.value)}>
          {dataset.columns.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {detail && detailMonth && width > 0 ? (
        <MonthDetail
          timestamps={timestamps}
          column={column}
          month={detailMonth}
          view={detail.view}
          buckets={Math.round((detailWidth - PLOT_INSET_PX) / PX_PER_BUCKET)}
          width={detailWidth}
          windows={windows}
          minSpan={10 * intervalMs}
          onViewChange={(view) => setDetail({ monthKey: detailMonth.key, view })}
          onClose={closeDetail}
        />
      ) : null}
      <div ref={listRef} className="explore-months" aria-busy={drawn < months.length}>
        {width > 0
          ? months.map((month, index) =>
              index >= drawn ? (
                <div key={month.key} className="chart-placeholder" aria-hidden="true">
                  Drawing {month.label}…
                </div>
              ) : (
              <MonthChart
                key={month.key}
                timestamps={timestamps}
                column={column}
                month={month}
                buckets={buckets}
                width={chartWidth}
                windows={windows}
                onZoom={openDetail}
              />
              ),
            )
          : null}
      </div>
    </section>
  );
}
