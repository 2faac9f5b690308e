import { useAppStore } from '../../state/appStore';
import { setActivePanel } from '../../state/panels';
import { AlertOutlet } from '../components/AlertOutlet';
import { PanelBoundary } from './PanelBoundary';
import { PANELS } from './panels';
import { TabBar, panelId, tabId } from './TabBar';
import './App.css';

/** The page: header, navigation, the alert outlet and the open panel. */
export function App() {
  const activePanel = useAppStore((state) => state.activePanel);
  const active = PANELS.find((panel) => panel.id === activePanel) ?? PANELS[0];
  const { Component } = active;

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <h1>Metrics Anomaly Analyzer</h1>
          <p className="app-privacy">All data stays in this browser: nothing is uploaded or sent anywhere.</p>
        </div>
        <nav className="app-nav" aria-label="Main">
          <TabBar panels={PANELS} activeId={active.id} onSelect={setActivePanel} />
        </nav>
      </header>
      <main className="app-main">
        <AlertOutlet />
        <section className="panel" role="tabpanel" id={panelId(active.id)} aria-labelledby={tabId(active.id)}>
          {/* Keyed by panel, so opening another panel starts it afresh. */}
          <PanelBoundary key={active.id} label={active.label}>
            <Component />
          </PanelBoundary>
        </section>
      </main>
    </div>
  );
}
