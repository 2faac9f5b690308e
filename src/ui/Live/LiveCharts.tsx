import { useId, useMemo } from 'react';
import { formatTimeTick, timeTicks } from '../../core/timeBuckets';
import { useLiveStore } from '../../state/liveStore';
import { formatTimesThreshold, formatUtcMinute } from '../components/format';
import { CHART_WIDTH, METRIC_HEIGHT, SCORE_HEIGHT, useLiveCharts } from './useLiveCharts';

const SPANS = [10, 60, 360, 1440];
const spanLabel = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${minutes / 60} h`);
const number = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** The score with its threshold, then every metric, over the last minutes of data time; drawn as plain SVG paths. */
export function LiveCharts() {
  const span = useLiveStore((state) => state.spanMinutes);
  const threshold = useLiveStore((state) => state.threshold);
  const charts = useLiveCharts();
  const ticks = useMemo(() => timeTicks(charts.from, charts.to, 6), [charts.from, charts.to]);
  const spanId = useId();
  return (
    <section className="card" aria-labelledby="live-charts-heading">
      <div className="live-charts-head">
        <h2 id="live-charts-heading">Rolling charts</h2>
        <div className="field live-span">
          <label htmlFor={spanId}>Show the last</label>
          <select id={spanId} value={span} onChange={(event) => useLiveStore.setState({ spanMinutes: Number(event.target.value) })}>
            {SPANS.map((m) => (
              <option key={m} value={m}>
                {spanLabel(m)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {Number.isFinite(charts.to) ? (
        // One grid: the score and every metric share the middle column, so a spike in one sits above the same time in the others.
        <div className="live-grid">
          <figure className="live-row live-score" aria-label={`Score and threshold, last ${spanLabel(span)} to ${formatUtcMinute(charts.to)}`}>
            <figcaption className="live-metric-name">Score (× threshold)</figcaption>
            <div className="live-plot">
              <svg viewBox={`0 0 ${CHART_WIDTH} ${SCORE_HEIGHT}`} preserveAspectRatio="none" role="img" aria-hidden="true">
                {charts.events.map((e, i) => (
                  <line key={`e${i}`} className="live-event" x1={e.x} x2={e.x} y1={0} y2={SCORE_HEIGHT} />
                ))}
                {charts.flaggedX.map((x) => (
                  <line key={x} className="live-flag" x1={x} x2={x} y1={SCORE_HEIGHT - 6} y2={SCORE_HEIGHT} />
                ))}
                {charts.score && <line className="live-threshold" x1={0} x2={CHART_WIDTH} y1={charts.score.thresholdY} y2={charts.score.thresholdY} />}
                {charts.score && <path className="live-line" d={charts.score.path} />}
              </svg>
              {charts.score && (
                <>
                  <span className="live-y-label" style={{ top: 0 }}>{formatTimesThreshold(charts.score.max, threshold)}</span>
                  <span className="live-y-label" style={{ top: `${(100 * charts.score.thresholdY) / SCORE_HEIGHT}%` }}>1×</span>
                </>
              )}
            </div>
            <span className="live-metric-value">{charts.score ? formatTimesThreshold(charts.score.last, threshold) : '–'}</span>
          </figure>
          <ul className="live-metrics">
            {charts.metrics.map((metric) => (
              <li key={metric.key} className="live-row">
                <span className="live-metric-name">{metric.label}</span>
                <svg viewBox={`0 0 ${CHART_WIDTH} ${METRIC_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
                  <path className="live-line" d={metric.path} />
                </svg>
                <span className="live-metric-value" title={`min ${number(metric.min)}, max ${number(metric.max)}`}>
                  {number(metric.last)}
                </span>
              </li>
            ))}
          </ul>
          <div className="live-row live-time-axis" aria-hidden="true">
            <span />
            <div className="live-plot">
              {ticks.ticks.map((t) => (
                <span key={t} className="live-x-label" style={{ left: `${(100 * (t - charts.from)) / (charts.to - charts.from)}%` }}>
                  {formatTimeTick(t, ticks.step)}
                </span>
              ))}
            </div>
            <span />
          </div>
          <p className="hint">
            Score on a log scale with the threshold (dashed, 1×); flagged rows marked below it, injected anomalies as vertical lines. {formatUtcMinute(charts.from)} – {formatUtcMinute(charts.to)} UTC.
          </p>
        </div>
      ) : (
        <p className="hint">Waiting for the first rows…</p>
      )}
    </section>
  );
}
