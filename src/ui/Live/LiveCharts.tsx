import { useId } from 'react';
import { useLiveStore } from '../../state/liveStore';
import { formatUtcMinute } from '../components/format';
import { CHART_WIDTH, METRIC_HEIGHT, SCORE_HEIGHT, useLiveCharts } from './useLiveCharts';

const SPANS = [10, 60, 360, 1440];
const spanLabel = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${minutes / 60} h`);
const number = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** The score with its threshold, then every metric, over the last minutes of data time; drawn as plain SVG paths. */
export function LiveCharts() {
  const span = useLiveStore((state) => state.spanMinutes);
  const threshold = useLiveStore((state) => state.threshold);
  const charts = useLiveCharts();
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
        <>
          <figure className="live-score" aria-label={`Score and threshold ${threshold.toExponential(2)}, last ${spanLabel(span)} to ${formatUtcMinute(charts.to)}`}>
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
            <figcaption>
              Score (log scale) with the threshold (dashed); flagged rows marked below, injected anomalies as vertical lines. {formatUtcMinute(charts.from)} – {formatUtcMinute(charts.to)} UTC.
            </figcaption>
          </figure>
          <ul className="live-metrics">
            {charts.metrics.map((metric) => (
              <li key={metric.key}>
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
        </>
      ) : (
        <p className="hint">Waiting for the first rows…</p>
      )}
    </section>
  );
}
