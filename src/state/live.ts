import { startLive, type LiveHandle } from '../bridge/liveBridge';
import { validateConfig } from '../core/config';
import { endpointKind, LiveSourceError } from '../core/live/liveSource';
import { saveDataset } from '../persistence/datasetStore';
import { loadModel } from '../persistence/modelStore';
import type { AnomalyType } from '../shared/anomaly';
import { AppError } from '../shared/errors';
import type { LiveIncident, LiveSource, LiveSpeed, LiveUpdate } from '../shared/live';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { refreshDatasets } from './datasetActions';
import { applyLiveUpdate, resetLiveSession, useLiveStore, type LiveSourceKind } from './liveStore';
import { flaggingThreshold, modelThreshold } from './modelThreshold';

let handle: LiveHandle | null = null;
/** Incident ids already announced, so a changed incident does not notify twice. */
const announced = new Set<number>();

const SPAN_FOR_SPEED: Record<LiveSpeed, number> = { 1: 10, 60: 60, 3600: 1440 };

/** A user-facing check of a typed endpoint address, by the rule the worker opens it with; null when it can be tried. */
export function endpointProblem(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return 'Type the address of a WebSocket (ws://, wss://) or Server-Sent Events (http://, https://) endpoint.';
  try {
    endpointKind(trimmed);
    return null;
  } catch (error) {
    if (error instanceof LiveSourceError) return error.message;
    throw error;
  }
}

/** Labels of the model's features, from the open dataset when it has them, else the keys. */
function featureLabels(features: readonly string[]): string[] {
  const columns = useAppStore.getState().selectedDataset?.columns ?? [];
  return features.map((key) => columns.find((c) => c.key === key)?.label ?? key);
}

/** Announces incidents seen for the first time, when the user turned notifications on. */
function announce(incidents: readonly LiveIncident[]): void {
  const { notify, modelName } = useLiveStore.getState();
  for (const incident of incidents) {
    if (announced.has(incident.id)) continue;
    announced.add(incident.id);
    if (!notify || typeof Notification === 'undefined' || Notification.permission !== 'granted') continue;
    const metrics = incident.topMetrics.map((m) => m.name).join(', ');
    new Notification(`Anomaly (${incident.severity})`, { body: `${new Date(incident.start).toISOString()} · ${metrics || 'no breakdown'} · ${modelName ?? ''}`, tag: `incident-${incident.id}` });
  }
}

function onUpdate(update: LiveUpdate): void {
  applyLiveUpdate(update);
  announce(update.incidents);
}

/** Starts a session from a source with the picked model; a second start ends the first. */
async function start(kind: LiveSourceKind, source: () => LiveSource): Promise<void> {
  const { selectedModelId, trainSettings } = useAppStore.getState();
  if (!selectedModelId) {
    reportError(new AppError('Train or pick a model in the Train panel first: live rows are scored with it.'));
    return;
  }
  await stopSession();
  useLiveStore.setState({ status: 'starting', sourceKind: kind });
  try {
    const { meta, artifacts, errors } = await loadModel(selectedModelId);
    const threshold = flaggingThreshold(meta, modelThreshold(meta, errors).value);
    if (!Number.isFinite(threshold)) throw new AppError(`The model “${meta.name}” has no errors to set a threshold from.`);
    const features = meta.preprocessing.features;
    resetLiveSession(features, featureLabels(features), meta.name, threshold);
    announced.clear();
    handle = await startLive(
      { source: source(), model: { name: meta.name, artifacts, preprocessing: meta.preprocessing, backend: trainSettings.backend, threshold, maintenance: meta.maintenance ?? [] } },
      onUpdate,
    );
    if (useLiveStore.getState().status === 'starting') useLiveStore.setState({ status: 'running' });
  } catch (error) {
    handle?.terminate();
    handle = null;
    useLiveStore.setState({ status: 'failed' });
    reportError(error);
  }
}

/** Start: the simulated server continues the Generate panel's configuration from now, at the chosen speed. */
export async function startSimulated(): Promise<void> {
  const { config } = useAppStore.getState();
  const checked = validateConfig(config);
  if (!checked.config) {
    reportError(new AppError(`The Generate panel's configuration has problems: ${checked.errors.join(' ')}`));
    return;
  }
  const intervalMs = checked.config.intervalSeconds * 1000;
  const { speed } = useLiveStore.getState();
  // Show about a minute of wall time: at an hour a second, a day of data.
  useLiveStore.setState({ spanMinutes: SPAN_FOR_SPEED[speed] });
  await start('simulated', () => ({ kind: 'simulated', config: checked.config!, speed, startMs: Math.floor(Date.now() / intervalMs) * intervalMs }));
}

/** Connect: opens the WebSocket or SSE address the user typed; nothing is requested before this. */
export async function connectEndpoint(): Promise<void> {
  const url = useLiveStore.getState().url.trim();
  const problem = endpointProblem(url);
  if (problem) {
    reportError(new AppError(problem));
    return;
  }
  await start('endpoint', () => ({ kind: 'endpoint', url }));
}

/** Follow file: picks a log file (File System Access API) and scores the lines appended to it. */
export async function followFile(): Promise<void> {
  const picker = (window as { showOpenFilePicker?: (options?: object) => Promise<FileSystemFileHandle[]> }).showOpenFilePicker;
  if (!picker) {
    reportError(new AppError('This browser cannot follow a growing file (no File System Access API); use Chrome or Edge, or connect an endpoint.'));
    return;
  }
  let file: FileSystemFileHandle;
  try {
    [file] = await picker({ multiple: false });
  } catch (error) {
    // Closing the picker is a choice, not an error.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    reportError(error);
    return;
  }
  await start('file', () => ({ kind: 'file', handle: file }));
}

export function injectAnomaly(type: AnomalyType): void {
  handle?.inject(type).catch(reportError);
}

export function pauseLive(): void {
  if (!handle) return;
  handle.pause().then(() => useLiveStore.setState({ status: 'paused' }), reportError);
}

export function resumeLive(): void {
  if (!handle) return;
  handle.resume().then(() => useLiveStore.setState({ status: 'running' }), reportError);
}

export function setLiveSpeed(speed: LiveSpeed): void {
  useLiveStore.setState({ speed });
  handle?.setSpeed(speed).catch(reportError);
}

/** Disconnect / Stop: the source closes and no more rows arrive; the session stays to be saved. */
async function stopSession(): Promise<void> {
  if (!handle) return;
  await handle.stop().catch(reportError);
  useLiveStore.setState({ status: 'stopped' });
}

export function disconnectLive(): void {
  void stopSession();
}

/** Turns incident notifications on (asking the browser's permission first) or off. */
export async function setNotify(on: boolean): Promise<void> {
  if (!on) {
    useLiveStore.setState({ notify: false });
    return;
  }
  if (typeof Notification === 'undefined') {
    reportError(new AppError('This browser does not show notifications.'));
    return;
  }
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission !== 'granted') {
    reportError(new AppError('Notifications are blocked for this page; allow them in the browser’s site settings to be told of new incidents.'));
    return;
  }
  useLiveStore.setState({ notify: true });
}

/** Saves the rows received so far as a dataset (IndexedDB), for later training and analysis. */
export async function saveLiveSession(): Promise<void> {
  if (!handle || useLiveStore.getState().saving) return;
  useLiveStore.setState({ saving: true });
  try {
    const { modelName, sourceKind } = useLiveStore.getState();
    const name = `Live ${sourceKind} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}${modelName ? ` (${modelName})` : ''}`;
    const dataset = await handle.sessionDataset(name);
    if (dataset.timestamps.length === 0) throw new AppError('The live session has no rows yet; nothing was saved.');
    await saveDataset(dataset);
    await refreshDatasets();
  } catch (error) {
    reportError(error);
  } finally {
    useLiveStore.setState({ saving: false });
  }
}
