import { useId, useMemo } from 'react';
import { falseAlarmRate } from '../../core/detection/sortedScores';
import { describeRule, type Sensitivity } from '../../core/detection/thresholds';
import { useAppStore } from '../../state/appStore';
import { resetThreshold, setFalseAlarmRate, setSensitivity, setThreshold } from '../../state/detection';
import type { DetectionView } from '../../state/detectionView';
import { formatCount } from '../components/format';
import { NumberField } from '../components/NumberField';
import { positionOf, SLIDER_STEPS, sliderRange, thresholdAt } from './thresholdScale';

const percent = (share: number) => Number((share * 100).toPrecision(3));
const SENSITIVITIES: { level: Sensitivity; label: string }[] = [
  { level: 'low', label: 'Low' },
  { level: 'medium', label: 'Medium (automatic)' },
  { level: 'high', label: 'High' },
];

/** "about 0.3 per day", "none in N days of validation" — what a person can weigh. */
function alarmsText(perDay: number): string {
  if (!Number.isFinite(perDay)) return 'unknown (no validation rows)';
  if (perDay === 0) return 'none on the validation rows';
  return `about ${perDay < 10 ? perDay.toPrecision(2) : Math.round(perDay)} per day`;
}

/** The threshold: a log-scale slider, the expected false-alarm rate, and a way back to the automatic one. */
export function ThresholdControls({ view }: { view: DetectionView }) {
  const detection = useAppStore((state) => state.detect.detection);
  // The controls follow the threshold at once; the counts follow when the worker's view arrives.
  const threshold = useAppStore((state) => state.detect.threshold);
  const sliderId = useId();
  const range = useMemo(
    () => (detection ? sliderRange(detection.reference.values, detection.scores.rowScores, detection.autoThreshold) : null),
    [detection],
  );
  if (!detection || !range) return null;
  const automatic = threshold === detection.autoThreshold;
  // Models saved before score profiles score by plain mean squared error, a unit nobody reads.
  const scaled = detection.preprocessing.scoring !== undefined;
  const shown = scaled ? threshold.toPrecision(3) : threshold.toExponential(3);
  return (
    <section className="card" aria-labelledby="threshold-heading">
      <h2 id="threshold-heading">Threshold</h2>
      <div className="field">
        <label htmlFor={sliderId}>{scaled ? 'Threshold (× each metric’s usual error)' : 'Threshold (reconstruction error)'}</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={positionOf(threshold, range)}
          aria-valuetext={threshold.toExponential(3)}
          onChange={(event) => setThreshold(thresholdAt(Number(event.target.value), range))}
        />
      </div>
      <fieldset className="field sensitivity">
        <legend>Sensitivity</legend>
        {SENSITIVITIES.map(({ level, label }) => (
          <button key={level} type="button" onClick={() => setSensitivity(level)}>
            {label}
          </button>
        ))}
      </fieldset>
      <p className="hint">Expected false alarms: {alarmsText(view.alarmsPerDay)} (alarms this threshold raises on the model’s held-out validation rows, one per incident).</p>
      <NumberField
        label="Validation rows flagged (%)"
        value={percent(falseAlarmRate(detection.reference, threshold))}
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
        Threshold {shown} {automatic ? `(automatic: ${describeRule(detection.rule)} of the validation errors)` : '(set by hand)'}.{' '}
        <span className="detect-count">
          {formatCount(view.flagged)} of {formatCount(view.scored)} rows flagged ({percent(view.flagged / Math.max(1, view.scored))} %).
        </span>
        {!scaled && ' This model was saved before per-metric scoring: its scores are plain mean squared errors, as before.'}
      </p>
    </section>
  );
}
