import { useAppStore } from '../../state/appStore';
import { cancelDemo, DEMO_STEPS, useDemoStore, type DemoStep } from '../../state/demo';
import { nextStepAfter } from '../../state/nextStep';
import { setActivePanel } from '../../state/panels';
import { tabId } from '../App/TabBar';
import './NextStep.css';

const DEMO_TEXT: Record<DemoStep, string> = {
  generate: 'generating a month of server metrics',
  train: 'training a model on that month',
  detect: 'scoring every row and listing incidents',
};

/** After the job of panel `after` finishes: a button to the next panel. While the demo runs: its step and Stop. */
export function NextStep({ after }: { after: string }) {
  const next = useAppStore((state) => nextStepAfter(after, state));
  const demoStep = useDemoStore((state) => state.step);
  const demoFinished = useDemoStore((state) => state.finished);
  if (demoStep) {
    return (
      <div className="next-step next-step--demo">
        <p className="next-step-text">
          Demo, step {DEMO_STEPS.indexOf(demoStep) + 1} of {DEMO_STEPS.length}: {DEMO_TEXT[demoStep]}…
        </p>
        <button type="button" onClick={cancelDemo}>
          Stop the demo
        </button>
      </div>
    );
  }
  if (!next) return null;
  // The button leaves with its panel; focus goes to the new tab, which also brings the page back to its top.
  const go = () => {
    setActivePanel(next.panel);
    document.getElementById(tabId(next.panel))?.focus();
  };
  return (
    <div className="next-step">
      {demoFinished && after === 'detect' && (
        <p className="next-step-text">
          That was the demo: each incident is a stretch of rows the model found unusual, and Evaluation compares them with the anomalies the
          generator put in. Try your own settings in Generate, or your own logs in Data.
        </p>
      )}
      <button type="button" className="next-step-button" onClick={go}>
        {next.label}
        <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
