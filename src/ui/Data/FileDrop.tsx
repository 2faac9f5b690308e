import { useEffect, useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { useAppStore } from '../../state/appStore';
import { pickLogFile } from '../../state/ingest';
import { isImporting } from '../../state/ingestJob';
import { formatBytes } from '../../shared/units';

const ACCEPT = '.txt,.log,.csv,.tsv,.json,.jsonl,.ndjson,.gz,text/*,application/json,application/gzip';

/** The drop zone around the "Upload logs" file input: dropping a file or picking one previews it. */
export function FileDrop() {
  const inputId = useId();
  const hintId = useId();
  const file = useAppStore((state) => state.ingest.file);
  const busy = useAppStore((state) => isImporting(state.ingest));
  const [over, setOver] = useState(false);

  useEffect(() => {
    // A file dropped just beside the zone would otherwise make the browser leave the app to show it.
    const keepPage = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    // Cleared at once, so choosing the same file again still fires a change.
    event.target.value = '';
    if (picked) void pickLogFile(picked);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !busy) void pickLogFile(dropped);
  };

  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      role="group"
      aria-label="Log file drop zone"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input id={inputId} className="file-input" type="file" accept={ACCEPT} disabled={busy} aria-describedby={hintId} onChange={onPick} />
      <label htmlFor={inputId} className="button button-primary">
        Upload logs
      </label>
      <p id={hintId} className="drop-zone-hint">
        or drop a file here: CSV, TSV, JSON, JSON Lines, this app’s server_logs.txt or the original tool’s logs, plain or .gz.
      </p>
      {file && (
        <p className="drop-zone-file">
          {file.name} · {formatBytes(file.size)}
        </p>
      )}
    </div>
  );
}
