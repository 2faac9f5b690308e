import type { ComponentType } from 'react';
import { useAppStore } from '../../state/appStore';
import { ExplorePanel } from '../Explore/ExplorePanel';
import { GeneratePanel } from '../Generate/GeneratePanel';

export interface PanelDefinition {
  id: string;
  /** The tab's accessible name, which specs address exactly. */
  label: string;
  Component: ComponentType;
}

function ExploreTab() {
  const dataset = useAppStore((state) => state.selectedDataset);
  return <ExplorePanel dataset={dataset} />;
}

/** The app's panels in tab order; a new panel is one more line here. */
export const PANELS: readonly PanelDefinition[] = [
  { id: 'generate', label: 'Generate', Component: GeneratePanel },
  { id: 'explore', label: 'Explore', Component: ExploreTab },
];
