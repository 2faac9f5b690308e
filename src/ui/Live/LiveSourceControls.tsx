import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import { connectEndpoint, followFile, setLiveSpeed, startSimulated } from '../../state/live';
import { useLiveStore, type LiveSourceKind } from '../../state/liveStore';
import { LIVE_SPEEDS, type LiveSpeed } from '../../shared/live';
import { LiveModelField } from './LiveModelField';

const SOURCES: { kind: LiveSourceKind; label: string }[] = [
  { kind: 'simulated', label: 'Simulated server' },
  { kind: 'endpoint', label: 'Live endpoint' },
  { kind: 'file', label: 'Growing file' },
];

const SPEED_LABELS: Record<LiveSpeed, string> = { 1: 'Real time (1×)', 60: 'A minute a second (60×)', 3600: 'An hour a second (3600×)' };

/** Which source feeds the session, and how to start it. */
export function LiveSourceControls() {
  const kind = useLiveStore((state) => state.sourceKind);
  const speed = useLiveStore((state) => state.speed);
  const url = useLiveStore((state) => state.url);
  const status = useLiveStore((state) => state.status);
  const model = useAppStore((state) => state.models.find((m) => m.id === state.selectedModelId) ?? null);
  const urlId = useId();
  const speedId = useId();
  // One session at a time: starting another while one runs would silently replace it.
  const busy = status === 'starting' || status === 'connecting' || status === 'running' || status === 'paused';
  return (
    <section className="card" aria-labelledby="live-source-heading">
      <h2 id="live-source-heading">Live source</h2>
      <LiveModelField disabled={busy} />
      <fieldset className="live-sources">
        <legend>Source</legend>
        {SOURCES.map((source) => (
          <label key={source.kind}>
            <input type="radio" name="live-source" checked={kind === source.kind} onChange={() => useLiveStore.setState({ sourceKind: source.kind })} />
            {source.label}
          </label>
        ))}
      </fieldset>
      {kind === 'simulated' && (
        <>
          <div className="field">
            <label htmlFor={speedId}>Speed</label>
            <select id={speedId} value={speed} onChange={(event) => setLiveSpeed(Number(event.target.value) as LiveSpeed)}>
              {LIVE_SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {SPEED_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <p className="hint">Continues the Generate panel's configuration from now.</p>
          <button type="button" className="button-primary" disabled={busy || !model} onClick={() => void startSimulated()}>
            Start
          </button>
        </>
      )}
      {kind === 'endpoint' && (
        <>
          <div className="field">
            <label htmlFor={urlId}>Endpoint address</label>
            <input
              id={urlId}
              type="url"
              placeholder="ws://localhost:8080"
              value={url}
              spellCheck={false}
              onChange={(event) => useLiveStore.setState({ url: event.target.value })}
            />
          </div>
          <p className="hint">A WebSocket (ws://, wss://) or Server-Sent Events (http://, https://) source sending one JSON object or log line per message. Nothing is requested until you press Connect.</p>
          <button type="button" className="button-primary" disabled={busy || !model} onClick={() => void connectEndpoint()}>
            Connect
          </button>
        </>
      )}
      {kind === 'file' && (
        <>
          <p className="hint">Pick a log file; lines appended to it are scored as they are written, like tail -f (Chrome and Edge).</p>
          <button type="button" className="button-primary" disabled={busy || !model} onClick={() => void followFile()}>
            Follow file
          </button>
        </>
      )}
    </section>
  );
}
