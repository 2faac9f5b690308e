import type { Dataset } from '../../shared/dataset';

/** `server_logs.txt` as text chunks (one Blob part each), so a 100 MB file never becomes one string. */
export function serverLogParts(dataset: Dataset): string[] {
  void dataset;
  throw new Error('serverLogParts: being written');
}

/** `debug_logs.txt`: one line per injected event. */
export function debugLogText(dataset: Dataset): string {
  void dataset;
  throw new Error('debugLogText: being written');
}
