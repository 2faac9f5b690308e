import { useMemo } from 'react';
import { metricsStandingOut } from '../../core/detection/windowMetrics';
import { rowRangeForTime } from '../../core/downsample';
import type { TimeWindow } from '../../core/timeBuckets';
import type { Detection } from '../../state/detectionJob';
import { datasetContributorsText } from './metricNames';

const SHOWN = 5;

/** For a zoomed window, the metrics whose errors stand out most there: where to look, incident or not. */
export function WindowMetrics({ detection, window }: { detection: Detection; window: TimeWindow }) {
  const { dataset, scores, preprocessing } = detection;
  const ranked = useMemo(() => {
    const range = rowRangeForTime(dataset.timestamps, window.start, window.end);
    // Normalised errors sit at 1 (each metric's usual error) on ordinary rows; raw errors of an older model from 0.
    const usual = preprocessing.scoring ? 1 : 0;
    return metricsStandingOut(scores.scoredRows, scores.metricErrors, preprocessing.features, range, usual, SHOWN);
  }, [dataset, scores, preprocessing, window]);
  return (
    <p className="hint" aria-label="Metrics standing out in this time">
      {ranked.length > 0 ? `Metrics standing out in this time: ${datasetContributorsText(dataset, ranked)}.` : 'No metric is off its usual error in this time.'}
    </p>
  );
}
