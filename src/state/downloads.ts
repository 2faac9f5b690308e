import { exportDebugLog, exportServerLog } from '../bridge/generatorBridge';
import type { Dataset } from '../shared/dataset';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import { saveFile } from './saveFile';

export const SERVER_LOG_FILE = 'server_logs.txt';
export const GROUND_TRUTH_FILE = 'debug_logs.txt';

async function download(fileName: string, build: (dataset: Dataset) => Promise<Blob>): Promise<void> {
  const { selectedDataset, pendingDownloads } = useAppStore.getState();
  if (!selectedDataset || pendingDownloads.includes(fileName)) return;
  useAppStore.setState((state) => ({ pendingDownloads: [...state.pendingDownloads, fileName] }));
  try {
    saveFile(await build(selectedDataset), fileName);
  } catch (error) {
    reportError(error);
  } finally {
    useAppStore.setState((state) => ({ pendingDownloads: state.pendingDownloads.filter((name) => name !== fileName) }));
  }
}

/** Downloads the selected dataset as `server_logs.txt`. */
export function downloadServerLog(): Promise<void> {
  return download(SERVER_LOG_FILE, exportServerLog);
}

/** Downloads the selected dataset's injected events as `debug_logs.txt`. */
export function downloadGroundTruth(): Promise<void> {
  return download(GROUND_TRUTH_FILE, exportDebugLog);
}
