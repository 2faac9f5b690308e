import { useAppStore } from '../../state/appStore';
import { DetectCharts } from './DetectCharts';
import { DetectControls } from './DetectControls';
import { DetectDownloads } from './DetectDownloads';
import { ErrorCharts } from './ErrorCharts';
import { EvaluationCard } from './EvaluationCard';
import { IncidentsTable } from './IncidentsTable';
import { ThresholdControls } from './ThresholdControls';
import { useDetectionView } from './useDetectionView';
import './DetectPanel.css';

/** Scoring: run and threshold on the left; charts, incidents and evaluation on the right. */
export function DetectPanel() {
  const view = useDetectionView();
  const detection = useAppStore((state) => state.detect.detection);
  const selectedId = useAppStore((state) => state.detect.selectedIncident);
  const selected = view?.incidents.find((incident) => incident.id === selectedId) ?? null;
  return (
    <div className="detect">
      <div className="detect-side">
        <DetectControls />
        {view && <ThresholdControls view={view} />}
        {view && <DetectDownloads />}
      </div>
      <div className="detect-main">
        {view && detection ? (
          <>
            <DetectCharts detection={detection} incidents={view.incidents} threshold={view.threshold} selected={selected} />
            <IncidentsTable incidents={view.incidents} dataset={detection.dataset} />
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
