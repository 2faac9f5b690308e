import { useMemo } from 'react';
import type { Incident } from '../../core/detection/incidents';
import type { SwimlaneCell } from '../../core/detection/swimlane';
import { downsampleM4, rowRangeForTime } from '../../core/downsample';
import { expectedBand } from '../../core/detection/expectedBand';
import { expectedOverRange } from '../../core/detection/expectedSeries';
import { downsampleBand } from '../../core/downsampleBand';
import { paddedDomain } from '../../core/valueDomain';
import type { TimeWindow } from '../../core/timeBuckets';
import { selectIncident } from '../../state/detection';
import { clearDetectZoom, useDetectZoom, zoomDetect } from '../../state/detectZoom';
import type { Detection } from '../../state/detectionJob';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { useDragZoom } from '../charts/useDragZoom';
import { formatUtcMinute } from '../components/format';
import { useProgressiveCount } from '../components/useProgressiveCount';
import { detectionWindows, incidentView, logScoreDomain } from './detectWindows';
import { SCORE_CHART_BUCKETS } from '../../state/shownDetection';
import { scoreAxis } from './scoreAxis';
import { ScoreSwimlane } from './ScoreSwimlane';
import { contributorLabel } from './metricNames';

const BUCKETS = SCORE_CHART_BUCKETS;
const EMPTY_SERIES = downsampleM4(new Float64Array(0), new Float32Array(0), { from: 0, to: 0 }, { buckets: 1 });

interface DetectChartsProps {
  detection: Detection;
  incidents: readonly Incident[];
  threshold: number;
  /** The overview strip's cells at the threshold. */
  swimlane: readonly SwimlaneCell[];
  selected: Incident | null;
  /** False for the first task after a new scoring, which draws the swimlane alone. */
  scoreChart: boolean;
}

/** The score over the whole dataset with the threshold; with an incident picked, its time around it and its top metrics. */
export function DetectCharts({ detection, incidents, threshold, swimlane, selected, scoreChart }: DetectChartsProps) {
  const { dataset } = detection;
  const { timestamps } = dataset;
  const windows = useMemo(() => detectionWindows(dataset, incidents), [dataset, incidents]);
  const whole = useMemo<TimeWindow>(() => ({ start: timestamps[0], end: timestamps[timestamps.length - 1] + dataset.meta.intervalMs }), [timestamps, dataset]);
  const zoom = useDetectZoom((state) => state.window);
  const drag = useDragZoom(zoomDetect);
  const view = selected ? incidentView(selected, dataset.meta.intervalMs) : (zoom ?? whole);
  const range = useMemo(() => rowRangeForTime(timestamps, view.start, view.end), [timestamps, view.start, view.end]);
  const isWhole = view === whole;
  // The whole dataset's points come reduced from the score worker; a zoom reduces only its own rows.
  const scoreSeries = useMemo(
    () => (!scoreChart ? EMPTY_SERIES : isWhole && detection.overview ? detection.overview : downsampleM4(timestamps, detection.scores.rowScores, range, { buckets: BUCKETS })),
    [timestamps, detection, range, scoreChart, isWhole],
  );
  const reference = useMemo(() => ({ value: threshold, label: 'threshold' }), [threshold]);
  const yDomain = useMemo(() => logScoreDomain(scoreSeries.values, threshold), [scoreSeries, threshold]);
  // Scores read as multiples of the threshold, as the incidents table reads peaks; a model saved before profiles keeps raw errors.
  const scaled = detection.preprocessing.scoring !== undefined;
  const yTicks = useMemo(() => scoreAxis(yDomain, threshold, scaled), [yDomain, threshold, scaled]);
  const metrics = selected ? selected.topMetrics.filter((c) => dataset.columns.some((column) => column.key === c.name)) : [];
  // The score first, then one metric chart per task, so showing an incident is no single long task.
  const drawn = useProgressiveCount(metrics.length + 1, selected) - 1;

  return (
    <>
      <ScoreSwimlane cells={swimlane} endMs={whole.end} zoom={selected ? null : zoom} />
      {scoreChart && (
      <TimeSeriesChart
        title={selected ? `Anomaly score around incident ${selected.id}` : zoom ? 'Anomaly score, zoomed' : 'Anomaly score over time'}
        seriesLabel={scaled ? 'anomaly score' : 'reconstruction error'}
        series={scoreSeries}
        yTicks={yTicks}
        view={view}
        windows={windows}
        referenceY={reference}
        logY
        yDomain={yDomain}
        drag={selected ? undefined : drag}
        cursor={selected ? undefined : 'zoom-in'}
        actions={
          selected || zoom ? (
            <button
              type="button"
              className="chart-button"
              onClick={() => {
                selectIncident(null);
                clearDetectZoom();
              }}
            >
              Whole dataset
            </button>
          ) : undefined
        }
        note={`${formatUtcMinute(view.start)} – ${formatUtcMinute(view.end)} UTC`}
      />
      )}
      {metrics.length > 0 && (
        <div className="incident-metrics" aria-busy={drawn < metrics.length}>
          {metrics.slice(0, drawn).map((contributor) => (
            <MetricAround key={contributor.name} detection={detection} metricKey={contributor.name} share={contributor.share} threshold={threshold} view={view} range={range} windows={windows} />
          ))}
        </div>
      )}
    </>
  );
}

interface MetricAroundProps {
  detection: Detection;
  metricKey: string;
  share: number;
  threshold: number;
  view: TimeWindow;
  range: { from: number; to: number };
  windows: ReturnType<typeof detectionWindows>;
}

/** One contributing metric over the incident's time, titled with its share of the incident's error, against what the model expected. */
function MetricAround({ detection, metricKey, share, threshold, view, range, windows }: MetricAroundProps) {
  const { dataset } = detection;
  const column = dataset.columns.find((c) => c.key === metricKey);
  const series = useMemo(() => (column ? downsampleM4(dataset.timestamps, column.values, range, { buckets: BUCKETS }) : null), [dataset, column, range]);
  // What the model expected of this metric over the same time (its reconstruction), and the range around it that would not have alarmed.
  const expectation = useMemo(() => {
    const metric = detection.preprocessing.features.indexOf(metricKey);
    if (metric < 0) return undefined;
    const { scoredRows, expected } = detection.scores;
    const values = expectedOverRange(scoredRows, expected, metric, detection.preprocessing.features.length, range);
    const times = dataset.timestamps.subarray(range.from, range.to);
    const { low, high } = expectedBand(values, times, detection.preprocessing, metric, threshold);
    const whole = { from: 0, to: values.length };
    return {
      compare: { label: 'expected', series: downsampleM4(times, values, whole, { buckets: BUCKETS }) },
      band: { label: 'expected range', series: downsampleBand(times, low, high, whole, { buckets: BUCKETS }) },
    };
  }, [detection, metricKey, range, dataset, threshold]);
  // The axis spans what was measured and expected; a wider range is clipped rather than flattening both lines.
  const yDomain = useMemo(() => (series && expectation ? (paddedDomain([series.values, expectation.compare.series.values], 0.15) ?? undefined) : undefined), [series, expectation]);
  if (!column || !series) return null;
  const label = contributorLabel(dataset, metricKey);
  return (
    <TimeSeriesChart
      title={`${label}: ${Math.round(share * 100)} % of the incident's error`}
      seriesLabel={label}
      series={series}
      compare={expectation?.compare}
      band={expectation?.band}
      yDomain={yDomain}
      view={view}
      windows={windows}
      height={160}
    />
  );
}
