import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { DEMO_SETTINGS, runDemo, useDemoStore } from '../../state/demo';
import { setActivePanel } from '../../state/panels';

/** The empty state: what the three steps are, and one button that runs them on a small demo month. */
export function FirstRun() {
  const empty = useAppStore((state) => state.datasetsLoaded && state.datasets.length === 0);
  const demoRunning = useDemoStore((state) => state.step !== null);
  const headingId = useId();
  if (!empty) return null;
  return (
    <section className="card first-run" aria-labelledby={headingId}>
      <h2 id={headingId}>Start here: three steps to your first incidents</h2>
      <ol className="first-run-steps">
        <li>
          <strong>Get data</strong>: generate a simulated server with the settings below, or upload your own logs in{' '}
          <button type="button" className="link-button" onClick={() => setActivePanel('data')}>
            Data
          </button>
          .
        </li>
        <li>
          <strong>Train</strong> a model on it: it learns what normal looks like.
        </li>
        <li>
          <strong>Detect</strong>: every row gets a score, and unusual stretches are listed as incidents.
        </li>
      </ol>
      <div className="first-run-demo">
        <button type="button" className="button-primary" disabled={demoRunning} onClick={() => void runDemo()}>
          {demoRunning ? 'Running the demo…' : 'Run the demo'}
        </button>
        <p className="hint">
          {DEMO_SETTINGS.months === 1 ? 'One month' : `${DEMO_SETTINGS.months} months`} at {DEMO_SETTINGS.intervalSeconds / 60}-minute intervals, generated, trained
          with the default settings and scored: about 10 seconds.
        </p>
      </div>
    </section>
  );
}
