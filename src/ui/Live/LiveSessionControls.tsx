import { ANOMALY_TYPES } from '../../shared/anomaly';
import { disconnectLive, injectAnomaly, pauseLive, resumeLive, saveLiveSession, setNotify } from '../../state/live';
import { useLiveStore } from '../../state/liveStore';

const STATUS_TEXT: Record<string, string> = {
  idle: 'No live session.',
  starting: 'Starting: loading the model and opening the source…',
  connecting: 'Connecting…',
  running: 'Live: scoring rows as they arrive.',
  paused: 'Paused: rows are not scored until you resume.',
  stopped: 'Stopped. Save the session as a dataset, or start a new one.',
  failed: 'The session stopped.',
};

/** Pause, Resume, Disconnect, anomaly injection for the simulated server, notifications and saving. */
export function LiveSessionControls() {
  const status = useLiveStore((state) => state.status);
  const kind = useLiveStore((state) => state.sourceKind);
  const notify = useLiveStore((state) => state.notify);
  const saving = useLiveStore((state) => state.saving);
  const hasSession = useLiveStore((state) => state.modelName !== null);
  // A failed session says why right here, not in a list elsewhere: its last problem is the reason it stopped.
  const reason = useLiveStore((state) => (state.status === 'failed' ? (state.problems.at(-1) ?? null) : null));
  const active = status === 'running' || status === 'paused' || status === 'connecting';
  return (
    <section className="card" aria-labelledby="live-session-heading">
      <h2 id="live-session-heading">Session</h2>
      <p className="run-status" role="status">
        {STATUS_TEXT[status]}
        {reason && ` ${reason}`}
      </p>
      <div className="button-row">
        <button type="button" disabled={status !== 'running'} onClick={pauseLive}>
          Pause
        </button>
        <button type="button" disabled={status !== 'paused'} onClick={resumeLive}>
          Resume
        </button>
        <button type="button" disabled={!active} onClick={disconnectLive}>
          {kind === 'endpoint' ? 'Disconnect' : 'Stop'}
        </button>
      </div>
      {kind === 'simulated' && (
        <fieldset className="live-inject" disabled={!active}>
          <legend>Inject now</legend>
          {ANOMALY_TYPES.map((type) => (
            <button key={type} type="button" aria-label={`Inject ${type}`} onClick={() => injectAnomaly(type)}>
              {type}
            </button>
          ))}
        </fieldset>
      )}
      <label className="check">
        <input type="checkbox" checked={notify} onChange={(event) => void setNotify(event.target.checked)} />
        Notify me of new incidents
      </label>
      <button type="button" disabled={!hasSession || saving} onClick={() => void saveLiveSession()}>
        {saving ? 'Saving…' : 'Save session as dataset'}
      </button>
    </section>
  );
}
