import { useId, useMemo } from 'react';
import { describeRule } from '../../core/detection/thresholds';
import { useAppStore } from '../../state/appStore';
import { resetThreshold, setFalseAlarmRate, setThreshold } from '../../state/detection';
import type { DetectionView } from '../../state/detectionView';
import { formatCount } from '../components/format';
import { NumberField } from '../components/NumberField';
import { positionOf, SLIDER_STEPS, sliderRange, thresholdAt } from './thresholdScale';

const percent = (share: number) => Number((share * 100).toPrecision(3));

/** The threshold: a log-scale slider, the expected false-alarm rate, and a way back to the automatic one. */
export function ThresholdControls({ view }: { view: DetectionView }) {
  const detection = useAppStore((state) => state.detect.detection);
  const sliderId = useId();
  const range = useMemo(
    () => (detection ? sliderRange(detection.reference.values, detection.scores.rowScores, detection.autoThreshold) : null),
    [detection],
  );
  if (!detection || !range) return null;
  const automatic = view.threshold === detection.autoThreshold;
  return (
    <section className="card" aria-labelledby="threshold-heading">
      <h2 id="threshold-heading">Threshold</h2>
      <div className="field">
        <label htmlFor={sliderId}>Threshold (reconstruction error)</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={positionOf(view.threshold, range)}
          aria-valuetext={view.threshold.toExponential(3)}
          onChange={(event) => setThreshold(thresholdAt(Number(event.target.value), range))}
        />
      </div>
      <NumberField
        label="Expected false alarms (%)"
        value={percent(view.falseAlarmRate)}
        min={0}
        max={100}
        onChange={(value) => setFalseAlarmRate(value / 100)}
      />
      <div className="button-row">
        <button type="button" disabled={automatic} onClick={resetThreshold}>
          Automatic
        </button>
      </div>
      <p className="hint" aria-live="polite">
        Threshold {view.threshold.toExponential(3)} {automatic ? `(automatic: ${describeRule(detection.rule)} of the validation errors)` : '(set by hand)'}.{' '}
        <span className="detect-count">
          {formatCount(view.flagged)} of {formatCount(view.scored)} rows flagged ({percent(view.flagged / Math.max(1, view.scored))} %).
        </span>
      </p>
    </section>
  );
}
