import { DetectControls } from './DetectControls';
import { ErrorCharts } from './ErrorCharts';
import { EvaluationCard } from './EvaluationCard';
import { ThresholdControls } from './ThresholdControls';
import { useDetectionView } from './useDetectionView';
import './DetectPanel.css';

/** Scoring: run and threshold on the left; charts, incidents and evaluation on the right. */
export function DetectPanel() {
  const view = useDetectionView();
  return (
    <div className="detect">
      <div className="detect-side">
        <DetectControls />
        {view && <ThresholdControls view={view} />}
      </div>
      <div className="detect-main">
        {view ? (
          <>
            <ErrorCharts threshold={view.threshold} />
            <EvaluationCard view={view} />
          </>
        ) : (
          <p className="hint">Pick a model in the Train panel, open a dataset, then Detect to score every row.</p>
        )}
      </div>
    </div>
  );
}
