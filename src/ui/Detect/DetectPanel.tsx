import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../../state/appStore';
import { clearDetectZoom } from '../../state/detectZoom';
import { eventsOf } from '../../state/detectionView';
import { NextStep } from '../components/NextStep';
import { useProgressiveCount } from '../components/useProgressiveCount';
import { DetectCharts } from './DetectCharts';
import { DetectControls } from './DetectControls';
import { DetectDownloads } from './DetectDownloads';
import { ErrorCharts } from './ErrorCharts';
import { EvaluationCard } from './EvaluationCard';
import { FeedbackCard } from './FeedbackCard';
import { IncidentsTable } from './IncidentsTable';
import { ThresholdControls } from './ThresholdControls';
import { useShownView } from './useDetectionView';
import './DetectPanel.css';

const SECTIONS = 5;

/** Scoring: run and threshold on the left; charts, incidents and evaluation on the right. */
export function DetectPanel() {
  const shownView = useShownView();
  const view = shownView?.view ?? null;
  const detection = useAppStore((state) => state.detect.detection);
  const selectedId = useAppStore((state) => state.detect.selectedIncident);
  const selected = view?.incidents.find((incident) => incident.id === selectedId) ?? null;
  // Imported labels become events in a pass over the rows: once per scoring, not per threshold.
  const events = useMemo(() => (detection ? eventsOf(detection) : []), [detection]);
  // Five heavy sections (the swimlane, the score chart, the incidents, the error charts, the evaluation), one per task after a new scoring, so the first render is no single long task.
  const shown = useProgressiveCount(SECTIONS, detection);
  // A new scoring moves focus to its results, so keyboard and screen-reader users land there, not on the page body.
  const results = useRef<HTMLDivElement>(null);
  const seen = useRef(detection);
  useEffect(() => {
    if (detection === seen.current) return;
    seen.current = detection;
    clearDetectZoom();
    if (detection) results.current?.focus({ preventScroll: true });
  }, [detection]);
  return (
    <div className="detect">
      <div className="detect-side">
        <DetectControls />
        <NextStep after="detect" />
        {view && <ThresholdControls view={view} />}
        {view && <DetectDownloads />}
      </div>
      <div className="detect-main">
        {view && detection ? (
          <div className="detect-sections" aria-busy={shown < SECTIONS} ref={results} tabIndex={-1} aria-label="Detection results">
            <DetectCharts detection={detection} incidents={view.incidents} threshold={view.threshold} swimlane={shownView!.swimlane} selected={selected} scoreChart={shown > 1} />
            {shown > 2 && <IncidentsTable incidents={view.incidents} dataset={detection.dataset} events={events} />}
            {shown > 2 && <FeedbackCard incident={selected} />}
            {shown > 3 && <ErrorCharts threshold={view.threshold} />}
            {shown > 4 && <EvaluationCard view={view} />}
          </div>
        ) : (
          <p className="hint">Pick a model in the Train panel, open a dataset, then Detect to score every row.</p>
        )}
      </div>
    </div>
  );
}
