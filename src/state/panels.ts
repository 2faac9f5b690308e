import { useAppStore } from './appStore';

/** The panels' ids in tab order; the UI gives each its label and component. */
export const PANEL_IDS = ['generate', 'data', 'explore', 'train', 'detect', 'live'] as const;

export type PanelId = (typeof PANEL_IDS)[number];

export function isPanelId(id: unknown): id is PanelId {
  return typeof id === 'string' && (PANEL_IDS as readonly string[]).includes(id);
}

/** Shows another panel; an id no panel has changes nothing. */
export function setActivePanel(id: string): void {
  if (isPanelId(id)) useAppStore.setState({ activePanel: id });
}
