import { useAppStore } from './appStore';

/** Shows another panel. */
export function setActivePanel(id: string): void {
  useAppStore.setState({ activePanel: id });
}
