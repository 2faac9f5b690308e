import { useLiveStore } from '../../state/liveStore';
import { LiveCharts } from './LiveCharts';
import { LiveCounters } from './LiveCounters';
import { LiveIncidents } from './LiveIncidents';
import { LiveProblems } from './LiveProblems';
import { LiveSourceControls } from './LiveSourceControls';
import { LiveSessionControls } from './LiveSessionControls';
import './LivePanel.css';

/** Live analysis: a source and the session's controls on the left; counters, rolling charts and incidents on the right. */
export function LivePanel() {
  const started = useLiveStore((state) => state.modelName !== null);
  return (
    <div className="live">
      <div className="live-side">
        <LiveSourceControls />
        <LiveSessionControls />
      </div>
      <div className="live-main">
        {started ? (
          <>
            <LiveCounters />
            <LiveProblems />
            <LiveCharts />
            <LiveIncidents />
          </>
        ) : (
          <p className="hint">
            Pick a model in the Train panel, then Start the simulated server, Connect to an endpoint or Follow a file: every row is scored as it arrives.
          </p>
        )}
      </div>
    </div>
  );
}
