import { Suspense, lazy, type ComponentType } from 'react';
import { useAppStore } from '../../state/appStore';
import type { PanelId } from '../../state/panels';
import { DataPanel } from '../Data/DataPanel';
import { GeneratePanel } from '../Generate/GeneratePanel';

// The charting library is most of the bundle; load it only when a chart panel opens.
const ExplorePanel = lazy(() => import('../Explore/ExplorePanel').then((module) => ({ default: module.ExplorePanel })));
const DetectPanel = lazy(() => import('../Detect/DetectPanel').then((module) => ({ default: module.DetectPanel })));
const LivePanel = lazy(() => import('../Live/LivePanel').then((module) => ({ default: module.LivePanel })));
const TrainPanel = lazy(() => import('../Train/TrainPanel').then((module) => ({ default: module.TrainPanel })));

export interface PanelDefinition {
  /** One of state's PANEL_IDS, so a link can name it. */
  id: PanelId;
  /** The tab's accessible name, which specs address exactly. */
  label: string;
  Component: ComponentType;
}

function ExploreTab() {
  const dataset = useAppStore((state) => state.selectedDataset);
  return (
    <Suspense fallback={<p className="panel-loading">Loading charts…</p>}>
      <ExplorePanel dataset={dataset} />
    </Suspense>
  );
}

function TrainTab() {
  return (
    <Suspense fallback={<p className="panel-loading">Loading the trainer…</p>}>
      <TrainPanel />
    </Suspense>
  );
}

function DetectTab() {
  return (
    <Suspense fallback={<p className="panel-loading">Loading the detector…</p>}>
      <DetectPanel />
    </Suspense>
  );
}

function LiveTab() {
  return (
    <Suspense fallback={<p className="panel-loading">Loading live analysis…</p>}>
      <LivePanel />
    </Suspense>
  );
}

/** The app's panels in tab order; a new panel is one more line here. */
export const PANELS: readonly PanelDefinition[] = [
  { id: 'generate', label: 'Generate', Component: GeneratePanel },
  { id: 'data', label: 'Data', Component: DataPanel },
  { id: 'explore', label: 'Explore', Component: ExploreTab },
  { id: 'train', label: 'Train', Component: TrainTab },
  { id: 'detect', label: 'Detect', Component: DetectTab },
  { id: 'live', label: 'Live', Component: LiveTab },
];
